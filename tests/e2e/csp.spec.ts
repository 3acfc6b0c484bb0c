// The built app's Content-Security-Policy (DESIGN §7), in the browser: the
// policy the page carries is exactly the one the app needs, script written
// into the page never runs, nothing loads from hosts the policy does not
// name, and the Referer YouTube needs (error 153 without it) is still sent.
// The policy is a <meta> in the built index.html; vite preview sends no CSP
// header, so what is tested here is what any static host serves.
import type { Page } from '@playwright/test'
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import { IFRAME_API_URL } from './support/network.ts'
import { APP_ORIGIN } from './support/ports.ts'
import { openReader, VIDEO_ID } from './support/reader.ts'

/** What the app needs, and nothing more (src/build/csp-plugin.ts says why each is there). */
const EXPECTED_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'", 'www.youtube.com', 's.ytimg.com'],
  'frame-src': ['www.youtube.com'],
  'img-src': ["'self'", 'i.ytimg.com'],
  'style-src': ["'self'", "'unsafe-inline'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
}

interface Violation {
  readonly directive: string
  readonly blocked: string
}

declare global {
  interface Window {
    __violations?: Violation[]
    __ran?: string[]
  }
}

test.afterEach(({ problems }) => {
  // Chromium logs each refusal as a console error: those are what these tests cause.
  expectNoProblems(problems, { ignoreConsole: [/Content Security Policy/] })
})

/** Collects the page's `securitypolicyviolation` events from now on. */
async function recordViolations(page: Page): Promise<void> {
  await page.evaluate(() => {
    window['__violations'] = []
    window['__ran'] = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window['__violations']!.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
      })
    })
  })
}

/** Resolves once `count` violations have been reported, with all of them. */
async function violations(page: Page, count: number): Promise<Violation[]> {
  await page.waitForFunction((n) => (window['__violations']?.length ?? 0) >= n, count)
  return page.evaluate(() => window['__violations']!)
}

test('the built page carries exactly the policy the app needs, ahead of every script', async ({
  page,
}) => {
  await openReader(page)
  const policies = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content') ?? ''))
  expect(policies).toHaveLength(1)
  const parsed = Object.fromEntries(
    policies[0]!.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/)
      return [name, values]
    }),
  )
  expect(parsed).toEqual(EXPECTED_POLICY)
  // A policy only governs what comes after it: it must precede the page's scripts.
  const order = await page.evaluate(() =>
    [...document.head.children]
      .filter((element) => element.matches('script, meta[http-equiv]'))
      .map((element) => element.tagName.toLowerCase()),
  )
  expect(order[0]).toBe('meta')
  // YouTube is named without a scheme: on this http: page its script came over http:.
  expect(page.url().startsWith('http:')).toBe(true)
  await expect(page.locator('[data-player] iframe')).toHaveCount(1)
})

test('an inline script, an inline handler and string code written into the page never run', async ({
  page,
}) => {
  const r = await openReader(page)
  await recordViolations(page)
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__ran.push("inline script")'
    document.body.append(script)
    const button = document.createElement('button')
    button.setAttribute('onclick', 'window.__ran.push("inline handler")')
    document.body.append(button)
    button.click()
    // A string timer is eval; the page runs it later, outside this test's evaluate
    // (which DevTools exempts from the policy).
    ;(setTimeout as (code: string, ms: number) => number)('window.__ran.push("string timer")', 0)
  })
  const seen = await violations(page, 3)
  expect(seen).toEqual(
    expect.arrayContaining([
      { directive: 'script-src-elem', blocked: 'inline' },
      { directive: 'script-src-attr', blocked: 'inline' },
      { directive: 'script-src', blocked: 'eval' },
    ]),
  )
  expect(await page.evaluate(() => window['__ran'])).toEqual([])
  // The reader is untouched.
  await expect(r.article).toBeVisible()
})

test('scripts, frames and images from hosts the policy does not name are refused before any request', async ({
  page,
  problems,
}) => {
  await openReader(page)
  await recordViolations(page)
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.src = 'https://scripts.example.org/track.js'
    document.body.append(script)
    const frame = document.createElement('iframe')
    frame.src = 'https://frames.example.org/'
    document.body.append(frame)
    const image = document.createElement('img')
    image.src = 'https://images.example.org/pixel.gif'
    document.body.append(image)
  })
  const seen = await violations(page, 3)
  expect(seen).toEqual(
    expect.arrayContaining([
      { directive: 'script-src-elem', blocked: 'https://scripts.example.org/track.js' },
      // A frame's report names its origin only.
      { directive: 'frame-src', blocked: 'https://frames.example.org' },
      { directive: 'img-src', blocked: 'https://images.example.org/pixel.gif' },
    ]),
  )
  // The browser never asked: the policy refused them, not the test's network guard.
  expect(problems.blockedRequests).toEqual([])
})

test('YouTube’s script and its embed are asked for with the page’s origin as Referer', async ({
  page,
}) => {
  const referers: Record<string, string | null> = {}
  // Recorded, then handed on to the fake (the fixture's route) or answered here.
  await page.route(IFRAME_API_URL, async (route) => {
    referers['iframe_api'] = await route.request().headerValue('referer')
    await route.fallback()
  })
  await page.route(/^https?:\/\/www\.youtube\.com\/embed\//, async (route) => {
    referers['embed'] = await route.request().headerValue('referer')
    await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>embed</title>' })
  })
  await openReader(page)
  expect(await page.locator('meta[name="referrer"]').getAttribute('content')).toBe(
    'strict-origin-when-cross-origin',
  )
  expect(await page.locator('[referrerpolicy="no-referrer"]').count()).toBe(0)
  // The fake's iframe stays on about:blank; load the embed URL it would load, as YouTube's script does.
  const embed = await page.locator('[data-player] iframe').getAttribute('data-src')
  expect(embed).toContain(`/embed/${VIDEO_ID}?`)
  await page.evaluate((src) => {
    const frame = document.createElement('iframe')
    frame.src = src.replace(/^https:/, location.protocol)
    document.body.append(frame)
  }, embed!)
  await expect.poll(() => referers['embed']).toBe(`${APP_ORIGIN}/`)
  expect(referers['iframe_api']).toBe(`${APP_ORIGIN}/`)
})
