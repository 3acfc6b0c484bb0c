// YouTube's video stills (i.ytimg.com), answered offline. The network guard
// aborts every other host, which is how a test sees the offline fallback; a
// test that wants the stills shown serves this stand-in instead.
import type { BrowserContext, Page } from '@playwright/test'

/** What the index requests for a note's still. */
export const THUMBNAIL_URL = /^https:\/\/i\.ytimg\.com\/vi\/[^/]+\/mqdefault\.jpg$/

/** A 320×180 stand-in still: a gradient, so a screenshot shows where stills go. */
const STILL = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180" viewBox="0 0 320 180">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#1e3a8a"/><stop offset="1" stop-color="#d97706"/></linearGradient></defs>
<rect width="320" height="180" fill="url(#g)"/></svg>`

/** Answers every still with the stand-in. Call after the page fixture's routes: the later route wins. */
export async function serveThumbnails(target: Page | BrowserContext): Promise<void> {
  await target.route(THUMBNAIL_URL, (route) =>
    route.fulfill({ body: STILL, contentType: 'image/svg+xml' }),
  )
}
