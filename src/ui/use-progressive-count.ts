import { startTransition, useEffect, useState } from 'react'

/**
 * How many of `total` parts to show: `first` at once, then `step` more each
 * task until all are, each step a transition so the reader's own input comes
 * first. A long note and its timeline are built this way, so they are on
 * screen before they are whole and no step is a long task. A new `key` (another
 * note) starts again from `first`.
 */
export function useProgressiveCount(
  key: string,
  total: number,
  first: number,
  step: number,
): number {
  const [progress, setProgress] = useState({ key, shown: first })
  const shown = progress.key === key ? progress.shown : first
  useEffect(() => {
    if (shown >= total) return undefined
    const timer = setTimeout(() => startTransition(() => setProgress({ key, shown: shown + step })))
    return () => clearTimeout(timer)
  }, [key, shown, total, step])
  return Math.min(shown, total)
}
