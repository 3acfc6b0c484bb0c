// Shared test setup. DOM matchers and cleanup are only loaded where a DOM
// exists, so the pure pipeline tests run in plain Node.
import { afterEach } from 'vitest'

/** jsdom lays nothing out, so it cannot scroll; real browsers are tested with Playwright. */
function noScrolling(): void {}

/** jsdom's ranges have no boxes; an element's is all zeros there, and so is a range's here. */
function noBox(): DOMRect {
  return new DOMRect()
}

if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest')
  const { cleanup } = await import('@testing-library/react')
  afterEach(cleanup)
  Element.prototype.scrollIntoView ??= noScrolling
  Element.prototype.scrollTo ??= noScrolling
  Range.prototype.getBoundingClientRect ??= noBox
}
