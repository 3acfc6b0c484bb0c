// The browser tests never touch the internet. Every request to a host other
// than this machine is aborted, and YouTube's IFrame API script is answered
// with our fake, so the app's real loading code runs offline.
//
// Playwright tries the most recently registered route first (and page routes
// before context routes): register the catch-all abort FIRST, the specific
// answers after it.
// @see https://playwright.dev/docs/api/class-page#page-route
import { fileURLToPath } from 'node:url'
import type { BrowserContext, Page } from '@playwright/test'
import type { FakeYouTubeConfig } from './fake-youtube.ts'

type Routable = Page | BrowserContext

/** What youtube-player requests: the scheme follows the page's (`http:` here). */
export const IFRAME_API_URL = /^https?:\/\/www\.youtube\.com\/iframe_api$/

export const FAKE_IFRAME_API_PATH = fileURLToPath(
  new URL('../fake-youtube/iframe-api.js', import.meta.url),
)

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

export function isLocalUrl(url: URL): boolean {
  return LOCAL_HOSTS.has(url.hostname)
}

/**
 * Aborts every request to a non-local host, as if offline. Returns the list
 * of aborted URLs, which grows as the page runs, so a test can assert on it.
 */
export async function blockTheInternet(target: Routable): Promise<string[]> {
  const blocked: string[] = []
  await target.route(
    (url) => !isLocalUrl(url),
    (route) => {
      blocked.push(route.request().url())
      return route.abort('internetdisconnected')
    },
  )
  return blocked
}

/**
 * Answers the IFrame API script with the fake, configured before it loads.
 * Call after blockTheInternet: the later route wins.
 */
export async function serveFakeYouTube(
  target: Routable,
  config: FakeYouTubeConfig = {},
): Promise<void> {
  await target.addInitScript((c) => {
    window['__fakeYouTubeConfig'] = c
  }, config)
  await target.route(IFRAME_API_URL, (route) =>
    route.fulfill({
      path: FAKE_IFRAME_API_PATH,
      contentType: 'text/javascript; charset=utf-8',
    }),
  )
}

/**
 * Makes the IFrame API script fail to load, as when YouTube is blocked or the
 * machine is offline. youtube-player then emits an `Error` to the first player
 * only and never retries (TOOLCHAIN gotcha 5).
 */
export async function blockYouTube(target: Routable): Promise<void> {
  await target.route(IFRAME_API_URL, (route) => route.abort('connectionrefused'))
}

/**
 * Makes the first load of the IFrame API script fail; later loads (a Retry
 * that loads the page afresh) get whatever the earlier routes answer, the
 * fake by default. Call after the page fixture has set up its routes.
 */
export async function failYouTubeScriptOnce(target: Routable): Promise<void> {
  await target.route(IFRAME_API_URL, (route) => route.abort('connectionrefused'), { times: 1 })
}

/**
 * Holds the first load of the IFrame API script until the test says to fail
 * it, so the page can be measured while YouTube is still loading and again
 * once it has failed.
 */
export async function holdYouTubeScript(target: Routable): Promise<{ fail: () => void }> {
  let release: (() => void) | undefined
  const failed = new Promise<void>((resolve) => (release = resolve))
  await target.route(
    IFRAME_API_URL,
    async (route) => {
      await failed
      await route.abort('connectionrefused')
    },
    { times: 1 },
  )
  return { fail: () => release?.() }
}
