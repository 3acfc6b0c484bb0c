import type { ComponentProps, ReactNode } from 'react'

/** A claim: its words and the citation chips that end it. */
export function ClaimSpan(props: ComponentProps<'span'>): ReactNode {
  return (
    <span
      {...props}
      className="claim rounded-sm decoration-amber-500/60 decoration-2 underline-offset-4 transition-colors hover:underline"
    />
  )
}
