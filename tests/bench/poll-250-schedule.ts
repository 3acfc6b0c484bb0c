import type { Schedule } from '../../src/sync/schedule.ts'

/** How often the baseline reads the player: what Able Player and video.js do. */
const PERIOD_MS = 250

/** A schedule whose frames come from one steady interval of `periodMs`. */
function createPollingSchedule(periodMs: number): Schedule {
  const waiting = new Map<number, () => void>()
  let nextHandle = 1
  let timer: number | null = null
  const runWaiting = () => {
    const due = [...waiting.values()]
    waiting.clear()
    for (const callback of due) callback()
  }
  return {
    now: () => performance.now(),
    requestFrame(callback) {
      const handle = nextHandle++
      waiting.set(handle, callback)
      timer ??= window.setInterval(runWaiting, periodMs)
      return handle
    },
    cancelFrame: (handle) => void waiting.delete(handle),
    setInterval: (callback, ms) => window.setInterval(callback, ms),
    clearInterval: (handle) => window.clearInterval(handle),
  }
}

/**
 * The highlight-lag benchmark's baseline, built in place of the product's
 * `src/sync/schedule.ts` (hence the name): the same sync code, but its
 * "frames" come from one steady 250 ms interval, so the player is read every
 * 250 ms while playing, as a polling player would. The product knows nothing of it.
 */
export const browserSchedule: Schedule = createPollingSchedule(PERIOD_MS)
