/** The timers the sync loop runs on; injected so tests drive them by hand. */
export interface Schedule {
  now(): number
  requestFrame(callback: () => void): number
  cancelFrame(handle: number): void
  setInterval(callback: () => void, ms: number): number
  clearInterval(handle: number): void
}

export const browserSchedule: Schedule = {
  now: () => performance.now(),
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
  setInterval: (callback, ms) => window.setInterval(callback, ms),
  clearInterval: (handle) => window.clearInterval(handle),
}
