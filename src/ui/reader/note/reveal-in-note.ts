import { prefersReducedMotion } from './claim-dom.ts'

export interface RevealOptions {
  /** `center`: to the middle; `nearest`: only as far as needed; `start`: to the top (a heading). */
  readonly block: 'center' | 'nearest' | 'start'
  /** Jump rather than glide (a reveal the note had waiting before it was on screen). */
  readonly instant?: boolean
}

/**
 * The one way the reader brings a part of the note into view — a claim it goes
 * to, a heading the outline chose. Scrolls only the note's own scroll area,
 * never the page around it (`container: 'nearest'`, Chromium 140+; other
 * browsers ignore it and scroll every ancestor, as before). Instant when
 * motion is reduced.
 * @see https://drafts.csswg.org/cssom-view-1/#dom-scrollintoviewoptions-container
 */
export function revealInNote(element: HTMLElement, options: RevealOptions): void {
  element.scrollIntoView({
    block: options.block,
    inline: 'nearest',
    behavior: options.instant || prefersReducedMotion() ? 'instant' : 'smooth',
    container: 'nearest',
  } as ScrollIntoViewOptions)
}
