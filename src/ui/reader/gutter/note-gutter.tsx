import { type ReactNode, type RefObject, useEffect, useRef, useState } from 'react'
import { useReaderStore } from '../../../store/use-reader.ts'
import {
  type GutterMark,
  type GutterMarkKind,
  measureGutterMarks,
  measureViewport,
} from './note-gutter-marks.ts'

interface NoteGutterProps {
  /** The note's scroller, `[data-note-pane]`. */
  readonly scroller: RefObject<HTMLElement | null>
  readonly article: RefObject<HTMLElement | null>
}

const MARK_STYLES: Record<GutterMarkKind, string> = {
  match: 'inset-x-0 h-0.5 min-h-0.5 bg-sky-500 dark:bg-sky-400',
  active: 'inset-x-px min-h-1 rounded-full bg-amber-400/70 dark:bg-amber-300/60',
  primary: 'inset-x-0 min-h-1.5 rounded-full bg-amber-500 dark:bg-amber-400',
}

/**
 * A thin strip beside the note showing where the active claims and the search
 * matches sit in the whole note, and which part of it is on screen, so a reader
 * far from them sees which way to go. Decorative: "back to now" and the search
 * bar's count say the same in words.
 *
 * Marks are measured when the active claims, the matches or the note's size
 * change, on the next frame; scrolling only moves the viewport box, by style.
 */
export function NoteGutter({ scroller, article }: NoteGutterProps): ReactNode {
  const store = useReaderStore()
  const strip = useRef<HTMLDivElement>(null)
  const viewport = useRef<HTMLDivElement>(null)
  const [marks, setMarks] = useState<readonly GutterMark[]>([])

  useEffect(() => {
    const pane = scroller.current
    const note = article.current
    if (!pane || !note) return undefined
    const placeViewport = () => {
      const { top, height } = measureViewport(pane)
      viewport.current?.style.setProperty('top', `${top}%`)
      viewport.current?.style.setProperty('height', `${height}%`)
    }
    let frame = 0
    const measure = () => {
      frame = 0
      const { activeIds, primaryId, searchMatches } = store.getState()
      setMarks(measureGutterMarks(pane, activeIds, primaryId, searchMatches))
      // Beside the pane's own scrollbar, not over it.
      strip.current?.style.setProperty('right', `${pane.offsetWidth - pane.clientWidth}px`)
      placeViewport()
    }
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure)
    }
    schedule()
    const unsubscribe = store.subscribe((next, previous) => {
      if (
        next.activeIds !== previous.activeIds ||
        next.primaryId !== previous.primaryId ||
        next.searchMatches !== previous.searchMatches
      )
        schedule()
    })
    const resizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule)
    resizes?.observe(note)
    resizes?.observe(pane)
    pane.addEventListener('scroll', placeViewport, { passive: true })
    return () => {
      cancelAnimationFrame(frame)
      unsubscribe()
      resizes?.disconnect()
      pane.removeEventListener('scroll', placeViewport)
    }
  }, [store, scroller, article])

  return (
    <div
      ref={strip}
      data-note-gutter=""
      aria-hidden="true"
      // With nothing to point at, the strip would only repeat the scrollbar.
      hidden={marks.length === 0}
      className="pointer-events-none absolute inset-y-1 right-0 z-10 w-1.5 rounded-full bg-slate-200/60 dark:bg-slate-700/50"
    >
      <div
        ref={viewport}
        data-gutter-viewport=""
        className="absolute inset-x-0 rounded-full bg-slate-400/35 ring-1 ring-slate-400/60 dark:bg-slate-400/20 dark:ring-slate-400/40"
      />
      {marks.map((mark, i) => (
        <div
          // Marks have no identity beyond their place; the list is rebuilt whole.
          key={i}
          data-gutter-mark={mark.kind}
          className={`absolute ${MARK_STYLES[mark.kind]}`}
          style={{ top: `${mark.top}%`, height: `${mark.height}%` }}
        />
      ))}
    </div>
  )
}
