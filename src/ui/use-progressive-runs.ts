import { startTransition, useEffect, useState } from 'react'

interface Progress {
  readonly key: string
  /** Runs 0 … shown-1 are built. */
  readonly shown: number
  /** Runs built ahead of their turn, because a reader asked for them. */
  readonly early: readonly number[]
}

/**
 * Which of `total` runs of a long note to build: the first at once, then one
 * more each task, each a transition so the reader's own input comes first.
 * A run someone is waiting for (`wanted`: the run holding the claim a link
 * opened at) is built next, ahead of its turn, so a link to the end of a note
 * of ten thousand claims lands within a task or two, not after the whole note
 * is built; the runs before it then arrive above it (the browser's scroll
 * anchoring keeps it where it is). A new `key` (another note) starts again.
 */
export function useProgressiveRuns(
  key: string,
  total: number,
  wanted: number | null,
): (run: number) => boolean {
  const [progress, setProgress] = useState<Progress>({ key, shown: 1, early: [] })
  const current = progress.key === key ? progress : { key, shown: 1, early: [] }
  const waiting = wanted !== null && wanted >= current.shown && !current.early.includes(wanted)

  useEffect(() => {
    if (!waiting) return
    setProgress({ ...current, early: [...current.early, wanted] })
    // `current` is derived from `progress` and `key`, both listed through `waiting`'s inputs.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [waiting, wanted, key])

  useEffect(() => {
    if (waiting || current.shown >= total) return undefined
    const timer = setTimeout(() =>
      startTransition(() => setProgress({ ...current, shown: current.shown + 1 })),
    )
    return () => clearTimeout(timer)
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [key, current.shown, current.early, total, waiting])

  return (run) => run < current.shown || current.early.includes(run)
}
