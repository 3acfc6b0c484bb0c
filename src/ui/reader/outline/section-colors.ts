/**
 * One colour per section, for the timeline's marks and the outline's swatches:
 * eight hues that stay apart in light and dark and pass 3:1 against both
 * backgrounds as marks. Sections beyond eight reuse them in order.
 */
const SECTION_COLORS = [
  'var(--color-sky-500)',
  'var(--color-amber-500)',
  'var(--color-emerald-500)',
  'var(--color-rose-500)',
  'var(--color-violet-500)',
  'var(--color-teal-500)',
  'var(--color-orange-500)',
  'var(--color-fuchsia-500)',
] as const

export function sectionColor(sectionIndex: number): string {
  return SECTION_COLORS[
    ((sectionIndex % SECTION_COLORS.length) + SECTION_COLORS.length) % SECTION_COLORS.length
  ]!
}
