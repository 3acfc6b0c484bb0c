import { type ReactNode, useState } from 'react'
import type { ClaimId } from '../../../note/model.ts'
import { useReader } from '../../../store/use-reader.ts'
import { claimLink } from '../../route.ts'

/** "Copy link" for the claim under the keyboard cursor: a deep link that opens the note there. */
export function CopyClaimLink({ id }: { readonly id: ClaimId }): ReactNode {
  const slug = useReader((s) => s.doc.slug)
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null)
  const copy = async () => {
    const url = new URL(claimLink(slug, id), window.location.href).href
    try {
      await navigator.clipboard.writeText(url)
      setCopied('yes')
    } catch {
      // Clipboard refused (insecure context, permissions): show the link so it can be copied by hand.
      window.prompt('Copy this link to the claim:', url)
      setCopied('failed')
    }
    window.setTimeout(() => setCopied(null), 1800)
  }
  return (
    <button
      type="button"
      data-copy-link=""
      onClick={(event) => {
        event.stopPropagation()
        void copy()
      }}
      className="copy-link ml-1 inline-flex items-center rounded px-1 align-baseline text-[0.7em] font-medium text-slate-700 underline decoration-slate-400 underline-offset-2 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-200 dark:hover:bg-slate-800 dark:hover:text-slate-100"
    >
      {copied === 'yes' ? 'Link copied' : 'Copy link'}
      <span className="sr-only"> to this claim</span>
    </button>
  )
}
