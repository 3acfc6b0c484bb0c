/* oxlint-disable jsx-a11y/no-noninteractive-tabindex, jsx-a11y/no-noninteractive-element-interactions -- a claim is an activatable group; see the comment in ClaimSpan. */
import type { ComponentProps, KeyboardEvent, MouseEvent, ReactNode } from 'react'
import type { ClaimId } from '../../../note/model.ts'
import { ClaimFlag } from '../../../store/claim-flags.ts'
import { useReaderStore } from '../../../store/use-reader.ts'
import { CopyClaimLink } from './copy-claim-link.tsx'
import { useGoToClaim } from '../playback-context.ts'
import { bindingHas } from '../keys/key-bindings.ts'
import { useClaimFlags } from './use-claim-flags.ts'

/**
 * A claim: its words and the citation chips that end it. Active claims carry
 * `aria-current` and `data-active`, the primary one `data-primary` (DESIGN §5).
 * Only the claim holding the keyboard cursor is in the tab order (roving tabindex).
 * Each claim hears only of changes to its own flags (one store subscription
 * for all of them, see claim-flags.ts), so a change of the active set
 * re-renders just the claims whose state changed.
 */
export function ClaimSpan({ children, ...props }: ComponentProps<'span'>): ReactNode {
  const id = (props as Record<string, unknown>)['data-claim-id'] as ClaimId
  const store = useReaderStore()
  const goToClaim = useGoToClaim()
  const flags = useClaimFlags(id)
  const active = (flags & ClaimFlag.ACTIVE) !== 0
  const primary = (flags & ClaimFlag.PRIMARY) !== 0
  const tabbable = (flags & ClaimFlag.TABBABLE) !== 0
  const isCursor = (flags & ClaimFlag.CURSOR) !== 0

  // The claim is under the pointer, or has the keyboard: it needs no reveal.
  const play = () => goToClaim(id, { play: true })
  const onClick = (event: MouseEvent<HTMLSpanElement>) => {
    // A chip plays its own time and a link routes; a drag that selected text is reading, not a click.
    if ((event.target as HTMLElement).closest('button, a[href]')) return
    if (!(window.getSelection()?.isCollapsed ?? true)) return
    play()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLSpanElement>) => {
    if (!bindingHas('play-claim', event.key) || event.target !== event.currentTarget) return
    event.preventDefault()
    play()
  }
  // A claim is a focusable group that plays when activated. It cannot be role=button:
  // its citation chips are buttons of their own, and buttons must not nest (axe nested-interactive).
  return (
    <span
      {...props}
      role="group"
      aria-roledescription="claim"
      tabIndex={tabbable ? 0 : -1}
      aria-current={active ? 'true' : undefined}
      data-active={active ? '' : undefined}
      data-primary={primary ? '' : undefined}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target === event.currentTarget && !isCursor) store.getState().setCursor(id)
      }}
      className="claim"
    >
      {children}
      {isCursor && <CopyClaimLink id={id} />}
    </span>
  )
}
