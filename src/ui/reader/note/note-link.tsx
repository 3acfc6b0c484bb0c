import type { ComponentProps, ReactNode } from 'react'
import { useNoteContext } from './note-context.ts'

/**
 * A link in a note. Wikilinks route inside the app: to the note of that name,
 * or to the topic's page, which gathers every claim linking to it (marked
 * `data-unresolved` when no note has that name); web links open in a new tab.
 */
export function NoteLink({ children, ...props }: ComponentProps<'a'>): ReactNode {
  const { linkTo } = useNoteContext()
  const target = (props as Record<string, unknown>)['data-wikilink']
  if (typeof target === 'string') {
    const link = linkTo(target)
    if (link.resolved) {
      return (
        <a {...props} href={link.href} className="wikilink">
          {children}
        </a>
      )
    }
    return (
      <a
        {...props}
        href={link.href}
        data-unresolved=""
        title={`No note is named “${target}”: see every claim that links to it`}
        className="wikilink font-[inherit] text-inherit underline decoration-slate-400/70 decoration-dotted underline-offset-4"
      >
        {children}
      </a>
    )
  }
  const external = typeof props.href === 'string' && /^https?:/i.test(props.href)
  return (
    <a {...props} {...(external ? { target: '_blank', rel: 'noopener' } : {})}>
      {children}
    </a>
  )
}
