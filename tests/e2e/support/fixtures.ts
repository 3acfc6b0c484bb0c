// The `test` every browser spec imports. By default each page is offline
// (every non-local request aborted) and YouTube's IFrame API is our fake; the
// page's console errors and uncaught errors are collected for the spec to check.
// Options (set with test.use): `fakeYouTubeConfig` configures the fake before
// it loads; `youtubeScript: 'blocked'` makes the script fail to load instead.
import { test as base, expect } from '@playwright/test'
import { type FakeYouTube, type FakeYouTubeConfig, fakeYouTube } from './fake-youtube.ts'
import { blockTheInternet, blockYouTube, serveFakeYouTube } from './network.ts'

export interface BrowserProblems {
  /** console.error messages, and failed resource loads Chromium logs as errors. */
  consoleErrors: string[]
  /** Uncaught exceptions and unhandled rejections. */
  pageErrors: string[]
  /** Requests to other hosts, aborted. */
  blockedRequests: string[]
}

interface Options {
  /** 'fake' (default): serve the fake; 'blocked': the script fails to load. */
  youtubeScript: 'fake' | 'blocked'
  fakeYouTubeConfig: FakeYouTubeConfig
}

interface Fixtures {
  problems: BrowserProblems
  /** Helpers over the fake in `page`. */
  youtube: FakeYouTube
}

export const test = base.extend<Options & Fixtures>({
  youtubeScript: ['fake', { option: true }],
  fakeYouTubeConfig: [{}, { option: true }],

  // oxlint-disable-next-line no-empty-pattern -- Playwright reads fixture deps from the pattern
  problems: async ({}, use) => {
    await use({ consoleErrors: [], pageErrors: [], blockedRequests: [] })
  },

  page: async ({ page, problems, youtubeScript, fakeYouTubeConfig }, use) => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.consoleErrors.push(message.text())
    })
    page.on('pageerror', (error) => problems.pageErrors.push(String(error.stack ?? error)))
    // The catch-all first: routes registered later take precedence.
    const blocked = await blockTheInternet(page)
    problems.blockedRequests = blocked
    if (youtubeScript === 'fake') await serveFakeYouTube(page, fakeYouTubeConfig)
    else await blockYouTube(page)
    await use(page)
  },

  youtube: async ({ page }, use) => {
    await use(fakeYouTube(page))
  },
})

/** Fails with every problem listed, so one assertion shows them all. */
export function expectNoProblems(
  problems: BrowserProblems,
  { ignoreConsole = [] as RegExp[] } = {},
): void {
  const consoleErrors = problems.consoleErrors.filter(
    (text) => !ignoreConsole.some((pattern) => pattern.test(text)),
  )
  expect({ ...problems, consoleErrors }).toEqual({
    consoleErrors: [],
    pageErrors: [],
    blockedRequests: [],
  })
}

export { expect }
