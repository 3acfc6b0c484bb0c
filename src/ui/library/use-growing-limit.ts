import { startTransition, useEffect, useState } from 'react'

/** Cards in the first render: more than a screenful on any screen. */
const FIRST = 120
/** Cards added each task after it: a commit of 240 cards stays well under 50 ms. */
const STEP = 240

/**
 * How many of a big list's cards to render now: a screenful at first (and
 * whenever the list changes), then more in each task until all are in, so
 * no single commit lays out a thousand cards. `total` Infinity: all at once.
 */
export function useGrowingLimit(total: number, list: unknown): number {
  const [grown, setGrown] = useState({ list, limit: FIRST })
  // A new list (a key typed, another order) starts again from a screenful.
  const limit = grown.list === list ? grown.limit : FIRST
  if (grown.list !== list) setGrown({ list, limit })
  useEffect(() => {
    if (limit >= total) return
    const timer = setTimeout(() => {
      startTransition(() => setGrown((held) => ({ ...held, limit: held.limit + STEP })))
    }, 0)
    return () => clearTimeout(timer)
  }, [limit, total])
  return total === Infinity ? Infinity : limit
}
