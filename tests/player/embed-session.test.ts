import { afterEach, describe, expect, it, vi } from 'vitest'
import { createEmbedSession, type EmbedSessionOptions } from '../../src/player/embed-session.ts'
import type { PlayerFailure } from '../../src/player/player.ts'
import { createFakeRawPlayer } from './fake-raw-player.ts'

function open(overrides: Partial<EmbedSessionOptions> = {}) {
  const options = {
    onPlayer: vi.fn<EmbedSessionOptions['onPlayer']>(),
    onFailure: vi.fn<EmbedSessionOptions['onFailure']>(),
    isReplacing: () => false,
    readyTimeoutMs: 10_000,
    ...overrides,
  }
  return { session: createEmbedSession(options), ...options }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('the embed session', () => {
  it('reports nothing and hands over nothing once closed', () => {
    const { session, onPlayer, onFailure } = open()
    session.close()
    session.ready({ target: createFakeRawPlayer(), data: null })
    session.error({ target: createFakeRawPlayer(), data: 100 })
    session.error(new Error('Failed to load'))
    expect(onPlayer).not.toHaveBeenCalled()
    expect(onFailure).not.toHaveBeenCalled()
  })

  it('ignores a ready whose target is not a player', () => {
    const { session, onPlayer } = open()
    session.ready({ target: {}, data: null })
    session.ready(undefined)
    expect(onPlayer).not.toHaveBeenCalled()
  })

  it('ignores an error from a player being replaced before any is ready', () => {
    const { session, onFailure } = open({ isReplacing: () => true })
    session.error({ target: createFakeRawPlayer(), data: 100 })
    expect(onFailure).not.toHaveBeenCalled()
  })

  it('does not report a failure the embed already reported', () => {
    const { session, onFailure } = open({ reported: new Set<PlayerFailure>(['not-found']) })
    session.error({ target: createFakeRawPlayer(), data: 100 })
    expect(onFailure).not.toHaveBeenCalled()
  })

  it('hands over a player that gets ready after the timeout: YouTube was only slow', () => {
    vi.useFakeTimers()
    const { session, onPlayer, onFailure } = open({ readyTimeoutMs: 1_000 })
    vi.advanceTimersByTime(1_000)
    session.ready({ target: createFakeRawPlayer(), data: null })
    expect(onFailure).toHaveBeenCalledExactlyOnceWith('script-timeout')
    expect(onPlayer).toHaveBeenCalledOnce()
    session.close()
  })
})
