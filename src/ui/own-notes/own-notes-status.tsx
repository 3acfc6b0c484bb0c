import { type ReactNode, useEffect } from 'react'
import { formatCount } from '../../note/format-count.ts'
import { formatBytes } from '../../own-notes/note-file-rules.ts'
import type { OpenProgress } from '../../own-notes/open-own-notes.ts'
import { useLibrary, useLibraryStore } from '../library-context.ts'
import { useOwnNotesUi } from './own-notes-ui.ts'

/** A removal can be undone for this long. */
const UNDO_MS = 10_000
/** A file bigger than this gets its own progress bar and stage. */
const BIG_FILE = 256 * 1024

const CARD =
  'pointer-events-auto rounded-lg border px-3 py-2 text-sm shadow-lg border-slate-200 bg-white text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100'
const PROBLEM_CARD =
  'pointer-events-auto rounded-lg border px-3 py-2 text-sm shadow-lg border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50'
const LINK_BUTTON =
  'shrink-0 rounded px-1.5 py-0.5 font-medium underline underline-offset-2 hover:bg-black/5 dark:hover:bg-white/10'

/**
 * Your own notes' state, as cards in the intake's status region: files being
 * read, what the last opening did, files refused and why, a note just
 * removed (with Undo), and a browser that will not keep notes.
 */
export function OwnNotesStatusCards(): ReactNode {
  return (
    <>
      <ShelfProblem />
      <Progress />
      <Notice />
      <Refusals />
      <Removed />
    </>
  )
}

function ShelfProblem(): ReactNode {
  const problem = useLibrary((s) => s.shelfProblem)
  const store = useLibraryStore()
  if (problem === null) return null
  return (
    <div data-shelf-problem="" className={`${PROBLEM_CARD} flex items-start gap-2`}>
      <p className="min-w-0 flex-1">{problem}</p>
      <button
        type="button"
        className={LINK_BUTTON}
        onClick={() => store.getState().dismissShelfProblem()}
      >
        Dismiss
      </button>
    </div>
  )
}

const STAGE = {
  checking: 'checking it is text',
  parsing: 'reading the markdown',
  describing: 'listing claims and links',
  sending: 'handing over',
} as const

function Progress(): ReactNode {
  const progress = useOwnNotesUi((s) => s.progress)
  if (!progress) return null
  const { total, done, current } = progress
  const big = current.bytes >= BIG_FILE
  return (
    <div data-open-progress="" className={CARD} aria-busy="true">
      <p className="font-medium">
        {total === 1
          ? `Reading ${current.name}…`
          : `Reading ${Math.min(done + 1, total)} of ${total} files…`}
      </p>
      {total > 1 && <p className="truncate text-slate-600 dark:text-slate-300">{current.name}</p>}
      {big && (
        <>
          <p className="text-slate-600 dark:text-slate-300">
            {formatBytes(current.bytes)}
            {current.stage && ` · ${STAGE[current.stage]}`}
          </p>
          <ProgressBar
            label={`Reading ${current.name}`}
            fraction={current.stage === 'parsing' ? null : stageFraction(current)}
          />
        </>
      )}
    </div>
  )
}

/** Where each stage starts, of the whole; the parse itself cannot report progress, so it shows none. */
const STAGE_START = { checking: 0.05, parsing: 0.1, describing: 0.8, sending: 0.85 } as const

function stageFraction({
  stage = 'checking',
  done = 0,
  total = 1,
}: OpenProgress['current']): number {
  return stage === 'sending'
    ? STAGE_START.sending + (0.15 * done) / Math.max(1, total)
    : STAGE_START[stage]
}

/** A thin bar; `null` is a stage that cannot tell how far along it is, shown as a pulse. */
function ProgressBar({
  label,
  fraction,
}: {
  readonly label: string
  readonly fraction: number | null
}): ReactNode {
  const percent = fraction === null ? null : Math.round(fraction * 100)
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      {...(percent === null ? {} : { 'aria-valuenow': percent })}
      className="mt-1.5 h-1.5 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
    >
      <div
        className={`h-full rounded-full bg-amber-500 ${percent === null ? 'w-full animate-pulse opacity-70 motion-reduce:animate-none' : 'transition-[width] motion-reduce:transition-none'}`}
        style={percent === null ? undefined : { width: `${percent}%` }}
      />
    </div>
  )
}

function Notice(): ReactNode {
  const notice = useOwnNotesUi((s) => s.notice)
  const dismiss = useOwnNotesUi((s) => s.dismissNotice)
  if (notice === null) return null
  return (
    <div data-open-notice="" className={`${CARD} flex items-center gap-2`}>
      <p className="min-w-0 flex-1">{notice}</p>
      <button type="button" className={LINK_BUTTON} onClick={dismiss}>
        Dismiss
      </button>
    </div>
  )
}

function Refusals(): ReactNode {
  const refusals = useOwnNotesUi((s) => s.refusals)
  const dismiss = useOwnNotesUi((s) => s.dismissRefusals)
  if (refusals.length === 0) return null
  return (
    <div data-refusals={refusals.length} className={PROBLEM_CARD}>
      <div className="flex items-start gap-2">
        <p className="min-w-0 flex-1 font-medium">
          {refusals.length === 1
            ? 'Not opened:'
            : `${formatCount(refusals.length, 'file')} not opened:`}
        </p>
        <button type="button" className={LINK_BUTTON} onClick={dismiss}>
          Dismiss
        </button>
      </div>
      <ul className="mt-1 max-h-40 space-y-1 overflow-y-auto">
        {refusals.map(({ name, reason }, i) => (
          <li key={`${name}:${i}`} data-refusal={name} className="break-words">
            <span className="font-semibold">{name}</span>: {reason}.
          </li>
        ))}
      </ul>
    </div>
  )
}

function Removed(): ReactNode {
  const removed = useOwnNotesUi((s) => s.removed)
  const undo = useOwnNotesUi((s) => s.undoRemove)
  const forget = useOwnNotesUi((s) => s.forgetRemoved)
  useEffect(() => {
    if (!removed) return
    const timer = setTimeout(forget, UNDO_MS)
    return () => clearTimeout(timer)
  }, [removed, forget])
  if (!removed) return null
  return (
    <div data-removed-note={removed.note.doc.slug} className={`${CARD} flex items-center gap-2`}>
      <p className="min-w-0 flex-1 truncate">Removed “{removed.note.doc.title}”.</p>
      <button type="button" className={LINK_BUTTON} onClick={() => void undo()}>
        Undo
      </button>
    </div>
  )
}
