import type { ReactNode } from 'react'
import { readAsMinutes, type StampReading } from '../../../note/classify-stamps.ts'
import type { NoteDocument } from '../../../note/model.ts'
import { citationsBeyond } from '../../../note/read-stamps-as-minutes.ts'
import { useReader, useReaderStore } from '../../../store/use-reader.ts'
import { formatTimestamp } from '../../../time/timestamp.ts'

const NOTICE =
  'mb-4 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-sky-300 bg-sky-50 px-4 py-2 text-sm text-sky-950 dark:border-sky-500/40 dark:bg-sky-400/10 dark:text-sky-100'
const ACTION =
  'rounded border border-current px-2 py-0.5 text-xs font-medium hover:bg-white/60 dark:hover:bg-white/10'

/**
 * What the store made of the note's stamps once the video's length is known
 * (DESIGN §2): a repair, said so with an undo; or the citations past the end,
 * with why no rule reads them when the note is mixed.
 */
export function StampNotices(): ReactNode {
  const store = useReaderStore()
  const duration = useReader((s) => s.duration)
  const original = useReader((s) => s.original)
  const { reading, field } = useReader((s) => s.stampRepair)
  if (duration === null || reading === null) return null
  if (field !== null) {
    return (
      <div role="status" data-stamp-repair="applied" className={NOTICE}>
        <span>
          This note writes minutes and seconds as hours ({exampleOf(original)}). Its stamps are read
          as minutes and seconds, to fit the {formatTimestamp(duration)} video.
        </span>
        <button type="button" className={ACTION} onClick={() => store.getState().undoStampRepair()}>
          Undo
        </button>
      </div>
    )
  }
  const beyond = citationsBeyond(original, duration)
  if (beyond === 0) return null
  const repairable = reading.type === 'minutes-as-hours'
  return (
    <div role="status" data-stamp-repair={stateOf(reading)} className={NOTICE}>
      <span>
        {beyond === 1 ? 'One citation points' : `${beyond} citations point`} past the end of the
        video ({formatTimestamp(duration)}); {beyond === 1 ? 'it is' : 'they are'} marked with a
        dashed outline.{stateOf(reading) === 'mixed' && ` ${MIXED}`}
      </span>
      {repairable && (
        <button type="button" className={ACTION} onClick={() => store.getState().redoStampRepair()}>
          Read them as minutes and seconds
        </button>
      )}
    </div>
  )
}

const MIXED =
  'The note writes some stamps as real hours and others as minutes and seconds, so Lockstep does not guess which is which.'

/**
 * `mixed` when real hours sit beside minutes written as hours; late stamps
 * whose last fields differ are just past the end (`none`), as in a note on
 * another cut of the video.
 */
function stateOf(reading: StampReading): 'undone' | 'mixed' | 'none' {
  if (reading.type === 'minutes-as-hours') return 'undone'
  return reading.type === 'mixed' && reading.why === 'real-hours' ? 'mixed' : 'none'
}

/** The note's latest stamp, late in a repaired note, as written and as read: `28:43:01 for 28:43`. */
function exampleOf(doc: NoteDocument): string {
  const latest = doc.claims
    .flatMap((claim) => claim.citations.map((c) => c.seconds))
    .reduce((max, t) => (t > max ? t : max), 0)
  return `${formatTimestamp(latest)} for ${formatTimestamp(readAsMinutes(latest))}`
}
