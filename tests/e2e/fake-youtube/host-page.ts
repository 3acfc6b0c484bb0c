// A bare page that loads the IFrame API and creates players the way
// youtube-player 5.5 does (react-youtube's engine), so the fake's own tests
// need nothing from the app. It is served at a routed localhost URL: an
// `http:` page, hence the API is requested over `http:` as in the app.
import type { Page } from '@playwright/test'
import { APP_ORIGIN } from '../support/ports.ts'

export const HOST_URL = `${APP_ORIGIN}/__fake-host`

/** A YT.Player seen from a test: methods come and go, so any may be missing. */
export type HostPlayer = Record<string, ((...args: unknown[]) => unknown) | undefined>

export interface HostEvent {
  player: string
  /** youtube-player's event names: 'ready', 'stateChange', 'error'… */
  type: string
  data: unknown
  targetIsPlayer: boolean
  at: number
}

export interface FakeHost {
  events: HostEvent[]
  players: Record<string, HostPlayer>
  /** Resolves when onYouTubeIframeAPIReady has been called. */
  apiReady: Promise<void>
  /** Set when the script fails to load; apiReady then never resolves. */
  loadError: string | null
  create(key: string, elementId: string, options: Record<string, unknown>): Promise<void>
}

declare global {
  interface Window {
    fakeHost: FakeHost
  }
}

// youtube-player: loadYouTubeIframeApi.js, index.js and YouTubePlayer.proxyEvents.
const HOST_SCRIPT = `
var events = []
var players = {}
var apiReady = new Promise(function (resolve) {
  var protocol = window.location.protocol === 'http:' ? 'http:' : 'https:'
  var script = document.createElement('script')
  script.src = protocol + '//www.youtube.com/iframe_api'
  script.async = true
  // youtube-player emits this to its first player and never resolves.
  script.onerror = function () { window.fakeHost.loadError = 'Failed to load ' + script.src }
  document.head.appendChild(script)
  var previous = window.onYouTubeIframeAPIReady
  window.onYouTubeIframeAPIReady = function () {
    if (previous) previous()
    resolve()
  }
})
var EVENT_NAMES = ['ready', 'stateChange', 'playbackQualityChange', 'playbackRateChange', 'error', 'apiChange', 'volumeChange']
function create(key, elementId, options) {
  return apiReady.then(function () {
    var handlers = {}
    EVENT_NAMES.forEach(function (name) {
      handlers['on' + name.slice(0, 1).toUpperCase() + name.slice(1)] = function (event) {
        events.push({ player: key, type: name, data: event.data, targetIsPlayer: event.target === players[key], at: performance.now() })
      }
    })
    players[key] = new window.YT.Player(document.getElementById(elementId), Object.assign({}, options, { events: handlers }))
  })
}
window.fakeHost = { events: events, players: players, apiReady: apiReady, loadError: null, create: create }
`

const HOST_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Fake YouTube host</title></head>
  <body>
    <div id="slot-a"><div id="player-a" class="original">A</div></div>
    <div id="slot-b"><div id="player-b" class="original">B</div></div>
    <script>${HOST_SCRIPT}</script>
  </body>
</html>`

/** Opens the host page and, unless told not to, waits for the API to be ready. */
export async function openHostPage(page: Page, { waitForApi = true } = {}): Promise<void> {
  await page.route(HOST_URL, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: HOST_HTML }),
  )
  await page.goto(HOST_URL)
  if (waitForApi) await page.evaluate(() => window.fakeHost.apiReady)
}

/** `new YT.Player(element, { videoId, ...options, events })`, once the API is ready. */
export async function createPlayer(
  page: Page,
  key: string,
  elementId: string,
  options: Record<string, unknown>,
): Promise<void> {
  await page.evaluate((a) => window.fakeHost.create(a.key, a.elementId, a.options), {
    key,
    elementId,
    options,
  })
}

/** Calls a method of a player in the page and returns its (serialisable) result. */
export function callPlayer(
  page: Page,
  key: string,
  method: string,
  ...args: unknown[]
): Promise<unknown> {
  return page.evaluate(
    (a) => {
      const fn = window.fakeHost.players[a.key]?.[a.method]
      if (!fn) throw new TypeError(`player.${a.method} is not a function`)
      const result = fn.apply(window.fakeHost.players[a.key], a.args)
      return result instanceof Element ? `<${result.tagName.toLowerCase()}>` : result
    },
    { key, method, args },
  )
}

export function eventsOf(page: Page, key: string, type?: string): Promise<HostEvent[]> {
  return page.evaluate(
    (a) =>
      window.fakeHost.events.filter(
        (e) => e.player === a.key && (a.type === undefined || e.type === a.type),
      ),
    { key, type },
  )
}

/** Waits until the player has emitted `type` (with `data`, if given). */
export async function waitForEvent(
  page: Page,
  key: string,
  type: string,
  data?: unknown,
): Promise<void> {
  await page.waitForFunction(
    (a) =>
      window.fakeHost.events.some(
        (e) => e.player === a.key && e.type === a.type && (a.anyData || e.data === a.data),
      ),
    { key, type, data, anyData: data === undefined },
  )
}
