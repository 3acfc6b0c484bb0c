import { type ReactNode, type RefObject, useId, useRef, useState } from 'react'
import { formatCount } from '../../../note/format-count.ts'
import { useReader, useReaderStore } from '../../../store/use-reader.ts'
import { prefersReducedMotion } from '../note/claim-dom.ts'
import { revealInNote } from '../note/reveal-in-note.ts'
import { OutlineRow } from './outline-row.tsx'

/** The width from which the outline starts open (Tailwind's `lg`, where the panes sit side by side). */
const WIDE_SCREEN = '(min-width: 1024px)'

function isWideScreen(): boolean {
  return typeof matchMedia !== 'function' || matchMedia(WIDE_SCREEN).matches
}

/**
 * Brings a section's heading to the top of the note; the intro, which has no
 * heading, is the top of the note's scroll area. Instant when motion is reduced.
 */
function scrollToSection(scroller: HTMLElement, sectionId: string): void {
  if (sectionId === 'intro') {
    scroller.scrollTo({ top: 0, behavior: prefersReducedMotion() ? 'instant' : 'smooth' })
    return
  }
  const heading = scroller.querySelector<HTMLElement>(
    `[data-section-id="${CSS.escape(sectionId)}"]`,
  )
  if (heading) revealInNote(heading, { block: 'start' })
}

/**
 * The note's sections as a collapsible list, each with the time range its
 * claims cite and how many claims it has; the section being played is marked.
 * Choosing a section is the reader's own navigation: follow turns off.
 * Open by default on wide screens (the choice is remembered there), folded on
 * narrow ones, where it folds again once a section is chosen.
 */
export function Outline({ scroller }: { scroller: RefObject<HTMLElement | null> }): ReactNode {
  const store = useReaderStore()
  const sections = useReader((s) => s.doc.sections)
  const playedIndex = useReader((s) =>
    s.primaryId === null ? null : (s.claimsById.get(s.primaryId)?.section ?? null),
  )
  const [wide] = useState(isWideScreen)
  const updateSettings = useReader((s) => s.updateSettings)
  const [open, setOpen] = useState(() => wide && store.getState().settings.outline)
  const listId = useId()
  const toggleButton = useRef<HTMLButtonElement>(null)
  // A note without headings is all intro: one row would outline nothing.
  if (!sections.some((section) => section.depth > 0)) return null
  const topDepth = Math.min(...sections.filter((s) => s.depth > 0).map((s) => s.depth))

  const toggle = () => {
    setOpen(!open)
    if (wide) updateSettings({ outline: !open })
  }
  const go = (sectionId: string) => {
    store.getState().setFollow(false)
    if (scroller.current) scrollToSection(scroller.current, sectionId)
    // On a narrow screen the open outline leaves the note little room: fold it
    // so the section can be read, keeping focus on the outline's button.
    if (!wide) {
      setOpen(false)
      toggleButton.current?.focus()
    }
  }

  return (
    <nav aria-label="Outline" className="border-t border-slate-200 py-2 dark:border-slate-800">
      <div className="flex items-center justify-between gap-2">
        <button
          ref={toggleButton}
          type="button"
          aria-expanded={open}
          aria-controls={listId}
          onClick={toggle}
          className="-mx-2 inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-sm font-semibold text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
        >
          <svg
            viewBox="0 0 20 20"
            aria-hidden="true"
            className={`size-4 transition-transform motion-reduce:transition-none ${open ? 'rotate-90' : ''}`}
            fill="none"
            stroke="currentColor"
            strokeWidth={1.7}
            strokeLinecap="round"
            strokeLinejoin="round"
          >
            <path d="M7.5 5l5 5-5 5" />
          </svg>
          Outline
        </button>
        <span className="text-xs text-slate-500 dark:text-slate-400">
          {formatCount(sections.length, 'section')}
        </span>
      </div>
      <ol
        id={listId}
        hidden={!open}
        className="mt-1 max-h-[40vh] space-y-px overflow-y-auto lg:max-h-none lg:overflow-visible"
      >
        {sections.map((section, index) => (
          <li key={section.id}>
            <OutlineRow
              section={section}
              index={index}
              indent={section.depth === 0 ? 0 : section.depth - topDepth}
              played={index === playedIndex}
              onChoose={() => go(section.id)}
            />
          </li>
        ))}
      </ol>
    </nav>
  )
}
