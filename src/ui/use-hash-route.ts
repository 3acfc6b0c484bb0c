import { useMemo, useSyncExternalStore } from 'react'
import { type AppRoute, parseAppRoute } from './route.ts'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

function readHash(): string {
  return window.location.hash
}

/** The page the hash names; re-renders when the hash changes. */
export function useAppRoute(): AppRoute {
  const hash = useSyncExternalStore(subscribe, readHash, () => '')
  return useMemo(() => parseAppRoute(hash), [hash])
}
