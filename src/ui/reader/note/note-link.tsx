import type { ComponentProps, ReactNode } from 'react'
import { useNoteContext } from './note-context.ts'
import { noteHref } from '../../route.ts'

/**
 * A link in a note. Wikilinks route inside the app, or show as unresolved
 * when no note has that name; web links open in a new tab.
 */
export function NoteLink({ children, ...props }: ComponentProps<'a'>): ReactNode {
  const { resolveWikilink } = useNoteContext()
  const target = (props as Record<string, unknown>)['data-wikilink']
  if (typeof target === 'string') {
    const slug = resolveWikilink(target)
    if (slug !== null) {
      return (
        <a {...props} href={noteHref(slug)} className="wikilink">
          {children}
        </a>
      )
    }
    return (
      <a
        {...props}
        href={undefined}
        data-unresolved=""
        title={`No note named “${target}” in this library`}
        className="wikilink cursor-help font-[inherit] text-inherit underline decoration-slate-400/70 decoration-dotted underline-offset-4"
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
