// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useProgressiveRuns } from '../../src/ui/use-progressive-runs.ts'

/** The runs built, as indexes, out of `total`. */
function builtOf(isBuilt: (run: number) => boolean, total: number): number[] {
  return Array.from({ length: total }, (_, run) => run).filter(isBuilt)
}

/** Lets `count` timer tasks run, each with the renders and effects it causes. */
async function runTasks(count: number): Promise<void> {
  for (let task = 0; task < count; task++) await act(() => vi.advanceTimersToNextTimerAsync())
}

describe('useProgressiveRuns', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('builds the first run at once, then one more each task, until all are built', async () => {
    const { result } = renderHook(() => useProgressiveRuns('note', 4, null))
    expect(builtOf(result.current, 4)).toEqual([0])
    await act(() => vi.advanceTimersToNextTimerAsync())
    expect(builtOf(result.current, 4)).toEqual([0, 1])
    await runTasks(8)
    expect(builtOf(result.current, 4)).toEqual([0, 1, 2, 3])
  })

  it('builds the run a link waits for ahead of its turn, then the rest in order', async () => {
    const { result } = renderHook(() => useProgressiveRuns('note', 6, 4))
    await act(() => Promise.resolve())
    expect(builtOf(result.current, 6)).toEqual([0, 4])
    await act(() => vi.advanceTimersToNextTimerAsync())
    expect(builtOf(result.current, 6)).toEqual([0, 1, 4])
    await runTasks(8)
    expect(builtOf(result.current, 6)).toEqual([0, 1, 2, 3, 4, 5])
  })

  it('starts again from the first run for another note', async () => {
    const { result, rerender } = renderHook(({ key }) => useProgressiveRuns(key, 3, null), {
      initialProps: { key: 'one' },
    })
    await runTasks(8)
    expect(builtOf(result.current, 3)).toEqual([0, 1, 2])
    rerender({ key: 'two' })
    expect(builtOf(result.current, 3)).toEqual([0])
  })
})
