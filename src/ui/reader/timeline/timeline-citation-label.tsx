import type { ReactNode } from 'react'
import { useReader } from '../../../store/use-reader.ts'
import { formatTimestamp } from '../../../time/timestamp.ts'
import { sectionColor } from '../outline/section-colors.ts'
import { firstWords, type MarkStop } from './timeline-geometry.ts'

/** A citation as the panel names it: its section's colour, its time, its claim's first words. */
export function CitationLabel({ stop }: { readonly stop: MarkStop }): ReactNode {
  const text = useReader((s) => s.claimsById.get(stop.id)?.text ?? '')
  return (
    <>
      <span
        aria-hidden="true"
        className="size-2 shrink-0 translate-y-px self-center rounded-full"
        style={{ backgroundColor: sectionColor(stop.section) }}
      />
      <span className="font-mono font-semibold tabular-nums">{formatTimestamp(stop.seconds)}</span>
      <span className="text-left">{firstWords(text)}</span>
    </>
  )
}
