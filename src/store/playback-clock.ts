import { toSeconds, type Seconds } from '../time/seconds.ts'

export type ClockListener = (t: Seconds) => void

/**
 * The playback time, outside React and outside the store: it changes every
 * frame. Whatever shows it (the clock, the playhead, the gap countdown)
 * subscribes and writes straight to the DOM.
 */
export interface PlaybackClock {
  now(): Seconds
  set(t: Seconds): void
  subscribe(listener: ClockListener): () => void
}

export function createPlaybackClock(start: Seconds = toSeconds(0)): PlaybackClock {
  let current = start
  const listeners = new Set<ClockListener>()
  return {
    now: () => current,
    set(t) {
      if (t === current) return
      current = t
      for (const listener of listeners) listener(t)
    },
    subscribe(listener) {
      listeners.add(listener)
      listener(current)
      return () => listeners.delete(listener)
    },
  }
}
