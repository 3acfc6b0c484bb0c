import { toSeconds, type Interval, type Seconds } from './seconds.ts'

/**
 * What the index needs of a claim. Structural, so `time/` does not depend on
 * `note/`: a note's `Claim` fits as it is.
 */
export interface IndexedClaim<Id extends string = string> {
  readonly id: Id
  readonly citations: readonly { readonly seconds: Seconds }[]
}

/** The window of one distinct citation time, and the claims citing that time. */
export interface TimeWindow<Id extends string = string> {
  /** `[citation time, min(next later citation time, citation time + dwell))`. */
  readonly interval: Interval
  /** Claims citing the window's start, in reading order, without duplicates. Frozen. */
  readonly ids: readonly Id[]
}

/** A citation located in video order: its time and the claim it belongs to. */
export interface CitedMoment<Id extends string = string> {
  readonly seconds: Seconds
  readonly id: Id
}

/**
 * The time index over a note's claims. Build it once per note with
 * `buildTimeIndex`; treat the fields as private and query through the functions
 * below, which are O(log n) in the number of distinct citation times.
 */
export interface TimeIndex<Id extends string = string> {
  /** One window per distinct citation time, sorted by start; they never overlap. */
  readonly windows: readonly TimeWindow<Id>[]
  /** The windows' starts, for binary search. */
  readonly starts: readonly Seconds[]
  /** Every claim id in reading order. Frozen. */
  readonly order: readonly Id[]
  /** Each claim's position in `order`. */
  readonly positions: ReadonlyMap<Id, number>
  /** Each claim's citation times as written. Frozen arrays. */
  readonly times: ReadonlyMap<Id, readonly Seconds[]>
}

export const DEFAULT_DWELL = 60

const NO_IDS: readonly never[] = Object.freeze([])
const NO_TIMES: readonly Seconds[] = Object.freeze([])

/**
 * Builds the time index of a note's claims, given in reading order with unique
 * ids (a repeated id is a programmer error and throws). The window of a citation
 * time c is `[c, min(next later distinct citation time in the note, c + dwell))`,
 * `dwell` defaulting to 60 seconds and required to be finite and > 0.
 */
export function buildTimeIndex<Id extends string>(
  claims: readonly IndexedClaim<Id>[],
  options: { readonly dwell?: number } = {},
): TimeIndex<Id> {
  const dwell = options.dwell ?? DEFAULT_DWELL
  if (!Number.isFinite(dwell) || dwell <= 0) {
    throw new RangeError(
      `buildTimeIndex: dwell must be a finite number of seconds > 0, got ${dwell}`,
    )
  }
  const order = Object.freeze(claims.map((claim) => claim.id))
  const positions = new Map(order.map((id, position) => [id, position]))
  if (positions.size !== order.length) {
    throw new Error(
      'buildTimeIndex: claim ids must be unique; number repeats as `t122-2`, `t122-3`',
    )
  }
  const times = new Map(
    claims.map((claim) => [claim.id, Object.freeze(claim.citations.map((c) => c.seconds))]),
  )
  const windows = buildWindows(claims, dwell)
  const starts = windows.map((window) => window.interval.start)
  return { windows, starts, order, positions, times }
}

/** One frozen window per distinct citation time, sorted by start. */
function buildWindows<Id extends string>(
  claims: readonly IndexedClaim<Id>[],
  dwell: number,
): readonly TimeWindow<Id>[] {
  const idsByTime = new Map<Seconds, Set<Id>>()
  for (const claim of claims) {
    for (const { seconds } of claim.citations) {
      const ids = idsByTime.get(seconds) ?? new Set<Id>()
      idsByTime.set(seconds, ids.add(claim.id))
    }
  }
  // Sets keep insertion order, and claims were visited in reading order.
  const starts = [...idsByTime.keys()].toSorted((a, b) => a - b)
  const windows = starts.map((start, i) => {
    const end = toSeconds(Math.min(starts[i + 1] ?? Infinity, start + dwell))
    const interval = Object.freeze({ start, end })
    return Object.freeze({ interval, ids: Object.freeze([...(idsByTime.get(start) ?? [])]) })
  })
  return Object.freeze(windows)
}

/**
 * The claims active at time t: those citing the start of the window that holds t,
 * in reading order. The window is half-open: at exactly t = c its claims are
 * active, at exactly t = end they are not. Returns the same frozen array for
 * every t in one window, and one shared frozen empty array in gaps, so callers
 * can compare results with `===`.
 */
export function activeClaimsAt<Id extends string>(index: TimeIndex<Id>, t: number): readonly Id[] {
  return windowHolding(index, t)?.ids ?? NO_IDS
}

/** The window holding t (half-open, as in `activeClaimsAt`), the same object each time; null in gaps. */
export function activeWindowAt(index: TimeIndex, t: number): Interval | null {
  return windowHolding(index, t)?.interval ?? null
}

/** The first distinct citation time strictly after t, for "next cited moment in 2:10"; null after the last. */
export function nextCitedMomentAfter(index: TimeIndex, t: number): Seconds | null {
  return index.starts[countStartsAtOrBefore(index, t)] ?? null
}

/**
 * The next citation in video order strictly later than t + 0.5 s, so that pressing
 * "next" while sitting on a citation moves on. When several claims cite that
 * second, the earliest in reading order wins. Null after the last citation.
 */
export function citationAfter<Id extends string>(
  index: TimeIndex<Id>,
  t: number,
): CitedMoment<Id> | null {
  return momentOf(index.windows[countStartsAtOrBefore(index, t + 0.5)])
}

/**
 * The latest citation strictly earlier than t - grace, so that pressing "previous"
 * just after a jump goes back further, like a media player's previous track.
 * Ties resolve to the earliest claim in reading order. Null before the first.
 */
export function citationBefore<Id extends string>(
  index: TimeIndex<Id>,
  t: number,
  grace = 2,
): CitedMoment<Id> | null {
  const earlier = partitionPoint(index.starts, (start) => start < t - grace)
  return momentOf(index.windows[earlier - 1])
}

/** The claim after `id` in reading order; null for the last claim or an unknown id. */
export function claimAfter<Id extends string>(index: TimeIndex<Id>, id: Id): Id | null {
  return neighbour(index, id, +1)
}

/** The claim before `id` in reading order; null for the first claim or an unknown id. */
export function claimBefore<Id extends string>(index: TimeIndex<Id>, id: Id): Id | null {
  return neighbour(index, id, -1)
}

/** A claim's citation times as written (duplicates kept); a frozen empty array for an unknown id. */
export function claimTimes<Id extends string>(index: TimeIndex<Id>, id: Id): readonly Seconds[] {
  return index.times.get(id) ?? NO_TIMES
}

/** Every claim id in reading order. */
export function claimIds<Id extends string>(index: TimeIndex<Id>): readonly Id[] {
  return index.order
}

/** All windows sorted by start, each with the claims citing it — for the timeline. */
export function windowsOf<Id extends string>(index: TimeIndex<Id>): readonly TimeWindow<Id>[] {
  return index.windows
}

/** The window whose half-open interval holds t, found by binary search; undefined in gaps. */
function windowHolding<Id extends string>(
  index: TimeIndex<Id>,
  t: number,
): TimeWindow<Id> | undefined {
  const window = index.windows[countStartsAtOrBefore(index, t) - 1]
  return window && t < window.interval.end ? window : undefined
}

function countStartsAtOrBefore(index: TimeIndex, t: number): number {
  return partitionPoint(index.starts, (start) => start <= t)
}

/**
 * The number of leading items of `sorted` that satisfy `isBefore`, which must
 * hold for a prefix of the array and fail for the rest. O(log n).
 */
function partitionPoint<T>(sorted: readonly T[], isBefore: (item: T) => boolean): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (isBefore(sorted[middle] as T)) low = middle + 1
    else high = middle
  }
  return low
}

function momentOf<Id extends string>(window: TimeWindow<Id> | undefined): CitedMoment<Id> | null {
  const id = window?.ids[0]
  return window && id !== undefined ? { seconds: window.interval.start, id } : null
}

function neighbour<Id extends string>(index: TimeIndex<Id>, id: Id, step: 1 | -1): Id | null {
  const position = index.positions.get(id)
  return position === undefined ? null : (index.order[position + step] ?? null)
}
