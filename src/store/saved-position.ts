import { LONGEST_VIDEO } from '../note/classify-stamps.ts'
import { toSeconds, type Seconds } from '../time/seconds.ts'

/** What the reader remembers of a note between visits (DESIGN §3). */
export interface SavedPosition {
  readonly t: Seconds
  readonly follow: boolean
}

export const DEFAULT_POSITION: SavedPosition = { t: toSeconds(0), follow: true }

/** The storage the reader uses; `localStorage` in the browser, a Map-like in tests. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>

function keyFor(slug: string): string {
  return `lockstep:position:${slug}`
}

/** A saved time no video reaches is corrupt, not a place to start (the clock would show it). */
function isSavedTime(t: unknown): t is number {
  return typeof t === 'number' && Number.isFinite(t) && t >= 0 && t <= LONGEST_VIDEO
}

/** Reads a note's saved position; anything missing, corrupt or unreadable gives the defaults. */
export function loadPosition(storage: KeyValueStorage | null, slug: string): SavedPosition {
  try {
    const raw = storage?.getItem(keyFor(slug))
    if (!raw) return DEFAULT_POSITION
    const value: unknown = JSON.parse(raw)
    if (typeof value !== 'object' || value === null) return DEFAULT_POSITION
    const { t, follow } = value as Record<string, unknown>
    return {
      t: isSavedTime(t) ? toSeconds(t) : DEFAULT_POSITION.t,
      follow: typeof follow === 'boolean' ? follow : DEFAULT_POSITION.follow,
    }
  } catch {
    return DEFAULT_POSITION
  }
}

/** Saves a note's position; a full or blocked storage is not the reader's problem. */
export function savePosition(
  storage: KeyValueStorage | null,
  slug: string,
  position: SavedPosition,
): void {
  try {
    storage?.setItem(
      keyFor(slug),
      JSON.stringify({ t: Math.floor(position.t), follow: position.follow }),
    )
  } catch {
    // Private mode or a full quota: the position is simply not remembered.
  }
}

/** `localStorage`, or null where touching it throws (sandboxed frames, some privacy modes). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}
