import { describe, expect, it, vi } from 'vitest'
import type { PlayerListener } from '../../src/player/player.ts'
import { createPlayerEmitter } from '../../src/player/player-emitter.ts'

describe('the player emitter', () => {
  it('calls listeners in subscription order', () => {
    const emitter = createPlayerEmitter()
    const calls: string[] = []
    emitter.subscribe(() => calls.push('a'))
    emitter.subscribe(() => calls.push('b'))
    emitter.emit({ type: 'playing' })
    expect(calls).toEqual(['a', 'b'])
  })

  it('skips a listener that another unsubscribes during the same event', () => {
    const emitter = createPlayerEmitter()
    const second = vi.fn<PlayerListener>()
    const unsubscribers: Array<() => void> = []
    emitter.subscribe(() => unsubscribers.forEach((unsubscribe) => unsubscribe()))
    unsubscribers.push(emitter.subscribe(second))
    emitter.emit({ type: 'playing' })
    expect(second).not.toHaveBeenCalled()
  })

  it('stops mid-event when a listener closes it, and registers nothing after', () => {
    const emitter = createPlayerEmitter()
    const after = vi.fn<PlayerListener>()
    emitter.subscribe(() => emitter.close())
    emitter.subscribe(after)
    emitter.emit({ type: 'ended' })
    emitter.subscribe(after)
    emitter.emit({ type: 'ended' })
    expect(after).not.toHaveBeenCalled()
  })
})
