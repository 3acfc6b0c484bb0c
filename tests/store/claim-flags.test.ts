import { describe, expect, it } from 'vitest'
import type { ClaimId } from '../../src/note/model.ts'
import { ClaimFlag, claimFlagsIn, createClaimFlagHub } from '../../src/store/claim-flags.ts'
import { createReaderStore } from '../../src/store/reader-store.ts'
import { toSeconds } from '../../src/time/seconds.ts'
import { sampleDoc } from '../support/sample-note.ts'

// The sample note's claims in reading order: t4223, t5511, t457, t4223-2 (cites 4223 too), t1300.
function watchEveryClaim() {
  const store = createReaderStore(sampleDoc())
  const hub = createClaimFlagHub(store)
  const told: string[] = []
  for (const id of store.getState().index.order) hub.subscribeClaim(id, () => told.push(id))
  return { store, hub, told }
}

describe('the claim flag hub', () => {
  it('tells only the claims that joined or left the active set', () => {
    const { store, told } = watchEveryClaim()
    store.getState().applyTime(toSeconds(4223))
    expect(told.toSorted()).toEqual(['t4223', 't4223-2'])
    told.length = 0
    store.getState().applyTime(toSeconds(457))
    expect(told.toSorted()).toEqual(['t4223', 't4223-2', 't457'])
  })

  it('tells no claim while time moves inside one window', () => {
    const { store, told } = watchEveryClaim()
    store.getState().applyTime(toSeconds(4223))
    told.length = 0
    for (let t = 4223.1; t < 4250; t += 0.5) store.getState().applyTime(toSeconds(t))
    store.getState().setPlayerState({ playing: true, rate: 16 })
    expect(told).toEqual([])
  })

  it('tells the claims whose rank changed when the reader chooses one', () => {
    const { store, told } = watchEveryClaim()
    store.getState().applyTime(toSeconds(4223))
    told.length = 0
    store.getState().choose('t4223-2' as ClaimId)
    expect(told).toContain('t4223')
    expect(told).toContain('t4223-2')
    expect(told).not.toContain('t5511')
    expect(claimFlagsIn(store.getState(), 't4223-2' as ClaimId)).toBe(
      ClaimFlag.ACTIVE | ClaimFlag.PRIMARY,
    )
  })

  it('moves the tab stop with the keyboard cursor', () => {
    const { store, told } = watchEveryClaim()
    const flags = (id: string) => claimFlagsIn(store.getState(), id as ClaimId)
    expect(flags('t4223') & ClaimFlag.TABBABLE).toBe(ClaimFlag.TABBABLE)
    store.getState().setCursor('t457' as ClaimId)
    expect(told).toContain('t457')
    expect(told).toContain('t4223')
    expect(flags('t4223') & ClaimFlag.TABBABLE).toBe(0)
    expect(flags('t457')).toBe(ClaimFlag.CURSOR | ClaimFlag.TABBABLE)
  })

  it('tells a citation chip only when the video’s end moves past it', () => {
    const store = createReaderStore(sampleDoc())
    const hub = createClaimFlagHub(store)
    const told: number[] = []
    for (const seconds of [457, 4223, 5511]) hub.subscribeBeyond(seconds, () => told.push(seconds))
    store.getState().setPlayerState({ duration: toSeconds(5000) })
    expect(told).toEqual([5511])
    told.length = 0
    store.getState().setPlayerState({ duration: toSeconds(4000) })
    expect(told).toEqual([4223])
  })

  it('stops telling a claim once it unsubscribes', () => {
    const store = createReaderStore(sampleDoc())
    const hub = createClaimFlagHub(store)
    const told: string[] = []
    const stop = hub.subscribeClaim('t4223' as ClaimId, () => told.push('t4223'))
    stop()
    store.getState().applyTime(toSeconds(4223))
    expect(told).toEqual([])
  })
})
