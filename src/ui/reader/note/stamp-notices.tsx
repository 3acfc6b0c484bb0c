import { type ReactNode, useEffect, useState } from 'react'
import {
  citationsBeyond,
  readStampsAsMinutes,
  stampsLookLikeMinutes,
} from '../../../note/read-stamps-as-minutes.ts'
import { useReader, useReaderStore } from '../../../store/use-reader.ts'
import { formatTimestamp } from '../../../time/timestamp.ts'

const NOTICE =
  'mb-4 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-sky-300 bg-sky-50 px-4 py-2 text-sm text-sky-950 dark:border-sky-500/40 dark:bg-sky-400/10 dark:text-sky-100'
const ACTION =
  'rounded border border-current px-2 py-0.5 text-xs font-medium hover:bg-white/60 dark:hover:bg-white/10'

/**
 * Once the video's length is known: a note whose late stamps are `MM:SS`
 * written as `HH:MM:00` is read as minutes and seconds, and says so with an
 * undo (DESIGN §2); citations past the end of the video are counted.
 */
export function StampNotices(): ReactNode {
  const store = useReaderStore()
  const duration = useReader((s) => s.duration)
  const original = useReader((s) => s.original)
  const repaired = useReader((s) => s.doc !== s.original)
  const [undone, setUndone] = useState(false)
  const repairable = duration !== null && stampsLookLikeMinutes(original, duration)

  useEffect(() => {
    if (repairable && !undone && !repaired)
      store.getState().replaceDocument(readStampsAsMinutes(original))
  }, [repairable, undone, repaired, original, store])

  if (duration === null) return null
  if (repaired) {
    return (
      <div role="status" data-stamp-repair="applied" className={NOTICE}>
        <span>
          This note writes minutes and seconds as hours (56:04:00 for 56:04). Its stamps are read as
          minutes and seconds, to fit the {formatTimestamp(duration)} video.
        </span>
        <button
          type="button"
          className={ACTION}
          onClick={() => {
            setUndone(true)
            store.getState().replaceDocument(original)
          }}
        >
          Undo
        </button>
      </div>
    )
  }
  const beyond = citationsBeyond(original, duration)
  if (beyond === 0) return null
  return (
    <div role="status" data-stamp-repair={repairable ? 'undone' : 'none'} className={NOTICE}>
      <span>
        {beyond === 1 ? 'One citation points' : `${beyond} citations point`} past the end of the
        video ({formatTimestamp(duration)}); {beyond === 1 ? 'it is' : 'they are'} marked with a
        dashed outline.
      </span>
      {repairable && (
        <button
          type="button"
          className={ACTION}
          onClick={() => {
            setUndone(false)
            store.getState().replaceDocument(readStampsAsMinutes(original))
          }}
        >
          Read them as minutes and seconds
        </button>
      )}
    </div>
  )
}
