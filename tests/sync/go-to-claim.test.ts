import { describe, expect, it } from 'vitest'
import type { ClaimId } from '../../src/note/model.ts'
import { createReaderStore } from '../../src/store/reader-store.ts'
import { createGoToClaim } from '../../src/sync/go-to-claim.ts'
import { createPlaybackSync } from '../../src/sync/playback-sync.ts'
import { FakePlayer, ManualSchedule } from '../support/fake-player.ts'
import { sampleDoc } from '../support/sample-note.ts'

const id = (text: string) => text as ClaimId

function setUp(options: { follow?: boolean } = {}) {
  const store = createReaderStore(sampleDoc(), options)
  const sync = createPlaybackSync(store, new ManualSchedule())
  const player = new FakePlayer()
  sync.attach(player)
  return { player, goToClaim: createGoToClaim(store, sync), state: () => store.getState() }
}

describe('goToClaim', () => {
  it('seeks to the claim’s first citation, makes it primary and the keyboard’s place, keeping the play state', () => {
    const { goToClaim, player, state } = setUp()
    expect(goToClaim(id('t1300'))).toBe(true)
    expect(player.calls).toEqual(['seekTo 1300', 'pause'])
    expect(state().clock.now()).toBe(1300)
    expect(state().primaryId).toBe('t1300')
    expect(state().cursorId).toBe('t1300')
    expect(state().reveal).toBeNull()
  })

  it('plays from the citation it is given when asked to play', () => {
    const { goToClaim, player, state } = setUp()
    goToClaim(id('t1300'), { at: 1330, play: true })
    expect(player.calls).toEqual(['seekTo 1330', 'play'])
    expect(state().primaryId).toBe('t1300')
  })

  it('keeps the chosen claim primary when another claim cites the same second', () => {
    const { goToClaim, state } = setUp()
    goToClaim(id('t4223-2'), { play: true })
    expect(state().activeIds).toEqual(['t4223', 't4223-2'])
    expect(state().primaryId).toBe('t4223-2')
  })

  it('only chooses the claim, without moving the video, when told not to seek', () => {
    const { goToClaim, player, state } = setUp()
    goToClaim(id('t4223'), { at: 4223, play: true })
    goToClaim(id('t4223-2'), { seek: false })
    expect(player.calls).toEqual(['seekTo 4223', 'play'])
    expect(state().primaryId).toBe('t4223-2')
  })

  it('asks the note to show the claim, with or without the keyboard, as told', () => {
    const { goToClaim, state } = setUp()
    goToClaim(id('t457'), { reveal: 'center', focus: true })
    expect(state().reveal).toEqual({ id: 't457', block: 'center', focus: true })
    const first = state().reveal
    goToClaim(id('t457'), { reveal: 'nearest' })
    expect(state().reveal).toEqual({ id: 't457', block: 'nearest', focus: false })
    expect(state().reveal).not.toBe(first)
  })

  it('leaves the keyboard’s place alone when told to, and sets follow only when told', () => {
    const { goToClaim, state } = setUp({ follow: false })
    goToClaim(id('t457'), { cursor: false })
    expect(state().cursorId).toBeNull()
    expect(state().follow).toBe(false)
    goToClaim(id('t457'), { follow: true })
    expect(state().follow).toBe(true)
  })

  it('does nothing, and says so, for a claim the note does not have', () => {
    const { goToClaim, player, state } = setUp()
    const before = state()
    expect(goToClaim(id('t99999'), { play: true, reveal: 'center' })).toBe(false)
    expect(player.calls).toEqual([])
    expect(state()).toBe(before)
  })
})
