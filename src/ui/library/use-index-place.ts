import { type Dispatch, type SetStateAction, useEffect, useLayoutEffect, useState } from 'react'

/** What the index keeps in its history entry, so Back returns to it as it was left. */
interface IndexPlace {
  readonly y: number
  readonly query: string
}

const KEY = 'lockstepIndex'

function readPlace(): IndexPlace | null {
  const state: unknown = window.history.state
  if (typeof state !== 'object' || state === null) return null
  const place = (state as Record<string, unknown>)[KEY]
  if (typeof place !== 'object' || place === null) return null
  const { y, query } = place as Record<string, unknown>
  return {
    y: typeof y === 'number' && y >= 0 ? y : 0,
    query: typeof query === 'string' ? query : '',
  }
}

function writePlace(place: IndexPlace): void {
  const state: unknown = window.history.state
  const base = typeof state === 'object' && state !== null ? state : {}
  window.history.replaceState({ ...base, [KEY]: place }, '')
}

/**
 * The index's filter text, and its scroll position, kept in the page's
 * history entry: coming Back from a note finds the index filtered and
 * scrolled as it was (the browser's own restoration races the list's render).
 */
export function useIndexPlace(): [string, Dispatch<SetStateAction<string>>] {
  const [query, setQuery] = useState(() => readPlace()?.query ?? '')
  useLayoutEffect(() => {
    const y = readPlace()?.y ?? 0
    if (y > 0) window.scrollTo({ top: y })
  }, [])
  useEffect(() => {
    let frame = 0
    const onScroll = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => writePlace({ y: window.scrollY, query }))
    }
    writePlace({ y: window.scrollY, query })
    window.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('scroll', onScroll)
    }
  }, [query])
  return [query, setQuery]
}
