// The page's main-thread tasks between two of its performance marks, from a
// Chromium trace: each task's wall time, as the Long Tasks API reports it, and
// the CPU time the thread spent in it. On a shared 2-core machine a task can
// take 100 ms of wall time while its thread runs for 3 ms (the renderer was
// not scheduled at all: its worker and GC threads idle too); the CPU time is
// the work the page itself did.
import type { Browser, Page } from '@playwright/test'

export interface MainThreadTask {
  /** Since the first mark (ms). */
  readonly at: number
  readonly wallMs: number
  readonly cpuMs: number
}

interface TraceEvent {
  readonly name: string
  readonly ph: string
  readonly pid: number
  readonly tid: number
  readonly ts: number
  readonly dur?: number
  readonly tdur?: number
}

/** Starts a trace light enough to leave on through a long step: tasks and marks only. */
export async function startTaskTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] })
}

/** Stops the trace; the tasks of the thread that made `from`, from it until the `to` mark. */
export async function stopTaskTrace(
  browser: Browser,
  from: string,
  to: string,
): Promise<MainThreadTask[]> {
  const { traceEvents } = JSON.parse(String(await browser.stopTracing())) as {
    traceEvents: TraceEvent[]
  }
  const start = traceEvents.find((e) => e.name === from)
  const end = traceEvents.findLast((e) => e.name === to)
  if (!start || !end) throw new Error(`The trace has no mark ${start ? to : from}`)
  return traceEvents
    .filter(
      (e) =>
        e.name === 'ThreadControllerImpl::RunTask' &&
        e.ph === 'X' &&
        e.pid === start.pid &&
        e.tid === start.tid &&
        e.ts + (e.dur ?? 0) >= start.ts &&
        e.ts <= end.ts,
    )
    .map((e) => ({
      at: (e.ts - start.ts) / 1000,
      wallMs: (e.dur ?? 0) / 1000,
      cpuMs: (e.tdur ?? 0) / 1000,
    }))
}
