// The keys of DESIGN §4, pressed as a person presses them. Where a key must do
// nothing, a key that does something is pressed after it as a fence: the app
// handles keys in order, so once the fence shows, the earlier key has had its
// chance, and the fake's log says what the app asked the player to do.
// Checks that start from the same state share one page, one step each, and a
// step hands the next the state it expects (said where it is not obvious).
import type { Page } from '@playwright/test'
import { PlayerState } from './support/fake-youtube.ts'
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import { VIDEO_ORDER, clickClaimText, notePath, openReader, type Reader } from './support/reader.ts'

/** expect.poll's intervals: the fake answers within a frame, so look often. */
const FAST = { intervals: [25, 50, 100] }

test.afterEach(({ problems }) => {
  expectNoProblems(problems)
})

/**
 * Opens the note at 1:11:40, inside t4290's window (4290–4306). The video is
 * cued, not started: as on YouTube, a seek would start it.
 */
async function openAt4300(page: Page): Promise<Reader> {
  const r = await openReader(page, notePath('t=4300'))
  await expect(r.clock).toHaveText('1:11:40')
  await expect(r.primary).toHaveAttribute('data-claim-id', 't4290')
  return r
}

/** Opens the note at 1:11:40 with the video started and paused, so seeks leave it paused. */
async function openPausedAt4300(page: Page): Promise<Reader> {
  const r = await openAt4300(page)
  await r.button('Play').click()
  await expect(r.button('Pause')).toBeVisible()
  await r.button('Pause').click()
  await expect(r.button('Play')).toBeVisible()
  await expect(r.clock).toHaveText('1:11:40')
  await putFocusOnNothing(page)
  return r
}

/** Clicks the note's title, which is not a control: focus leaves any button. */
async function putFocusOnNothing(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).click()
  await expect(page.locator('body')).toBeFocused()
}

/** Names the app's calls on the player, leaving out the getters it polls. */
function commands(calls: { method: string; args: unknown[] }[]): string[] {
  return calls
    .filter((c) => !c.method.startsWith('get') && c.method !== 'isMuted')
    .map((c) => `${c.method}(${c.args.map(String).join(', ')})`)
}

test('k and Space play and pause; Space presses a focused button instead', async ({
  page,
  youtube,
}) => {
  const r = await openAt4300(page)
  await test.step('k plays and pauses', async () => {
    await page.keyboard.press('k')
    await expect(r.button('Pause')).toBeVisible()
    await expect.poll(() => youtube.state(), FAST).toBe(PlayerState.PLAYING)
    await expect.poll(() => youtube.trueTime(), FAST).toBeGreaterThan(4300.3)
    await page.keyboard.press('k')
    await expect(r.button('Play')).toBeVisible()
    await expect.poll(() => youtube.state(), FAST).toBe(PlayerState.PAUSED)
  })

  await test.step('Space plays and pauses, but presses a focused button instead', async () => {
    await page.keyboard.press('Space')
    await expect(r.button('Pause')).toBeVisible()
    await page.keyboard.press('Space')
    await expect(r.button('Play')).toBeVisible()
    await expect.poll(() => youtube.state(), FAST).toBe(PlayerState.PAUSED)

    await youtube.clearLog()
    await r.button('Forward 10 seconds').focus()
    await page.keyboard.press('Space')
    await expect(r.clock).toHaveText(/^1:11:5\d$/)
    expect(commands(await youtube.calls())).not.toContain('playVideo()')
    await expect(r.button('Play')).toBeVisible()
  })
})

test('j and l go back and forward 10 seconds', async ({ page, youtube }) => {
  const r = await openPausedAt4300(page)
  const from = await youtube.trueTime()
  await page.keyboard.press('l')
  await expect(r.clock).toHaveText('1:11:50')
  await expect.poll(() => youtube.trueTime(), FAST).toBeCloseTo(from + 10, 0)
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await expect(r.clock).toHaveText('1:11:30')
  await expect.poll(() => youtube.trueTime(), FAST).toBeCloseTo(from - 10, 0)
  await expect(r.primary).toHaveAttribute('data-claim-id', 't4290')
  await expect(r.button('Play')).toBeVisible()
})

test('← and → go back and forward 5 seconds', async ({ page, youtube }) => {
  const r = await openPausedAt4300(page)
  const from = await youtube.trueTime()
  await page.keyboard.press('ArrowRight')
  await expect(r.clock).toHaveText('1:11:45')
  await expect.poll(() => youtube.trueTime(), FAST).toBeCloseTo(from + 5, 0)
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await expect(r.clock).toHaveText('1:11:35')
  await expect.poll(() => youtube.trueTime(), FAST).toBeCloseTo(from - 5, 0)
  await expect(r.button('Play')).toBeVisible()
})

test('< > step the rate, f toggles follow, . brings the claim back, / searches', async ({
  page,
  youtube,
}) => {
  const r = await openAt4300(page)
  await test.step('< and > step the playback rate', async () => {
    await expect(r.rate).toHaveText('1×')
    await page.keyboard.press('>')
    await expect(r.rate).toHaveText('1.25×')
    await page.keyboard.press('>')
    await expect(r.rate).toHaveText('1.5×')
    await page.keyboard.press('<')
    await page.keyboard.press('<')
    await page.keyboard.press('<')
    await expect(r.rate).toHaveText('0.75×')
    expect(commands(await youtube.calls('setPlaybackRate'))).toEqual([
      'setPlaybackRate(1.25)',
      'setPlaybackRate(1.5)',
      'setPlaybackRate(1.25)',
      'setPlaybackRate(1)',
      'setPlaybackRate(0.75)',
    ])
  })

  await test.step('f turns follow off and on', async () => {
    await expect(r.follow).toHaveAttribute('aria-pressed', 'true')
    await page.keyboard.press('f')
    await expect(r.follow).toHaveAttribute('aria-pressed', 'false')
    await page.keyboard.press('f')
    await expect(r.follow).toHaveAttribute('aria-pressed', 'true')
  })

  await test.step('. brings the claim being spoken back into view and turns follow on', async () => {
    await page.keyboard.press('f')
    await expect(r.follow).toHaveAttribute('aria-pressed', 'false')
    await r.pane.evaluate((pane) => pane.scrollTo({ top: pane.scrollHeight, behavior: 'instant' }))
    await expect(r.claim('t4290')).not.toBeInViewport()
    await expect(r.backToNow).toHaveAttribute('data-back-to-now', 'above')
    await page.keyboard.press('.')
    await expect(r.follow).toHaveAttribute('aria-pressed', 'true')
    await expect(r.claim('t4290')).toBeInViewport()
    await expect(r.backToNow).toBeHidden()
  })

  await test.step('/ opens the search; typed letters are search text, not shortcuts', async () => {
    await youtube.clearLog()
    await page.keyboard.press('/')
    const search = page.getByRole('searchbox', { name: 'Search the note' })
    await expect(search).toBeFocused()
    await expect(search).toHaveValue('')

    await page.keyboard.type('k j l f n . ?')
    await page.keyboard.press('Space')
    await expect(search).toHaveValue('k j l f n . ? ')
    await search.fill('NASA')
    const status = page.getByRole('status').filter({ hasText: / of \d+$/ })
    await expect(status).toHaveText(/^1 of \d+$/)
    const total = Number(/of (\d+)/.exec((await status.textContent()) ?? '')?.[1])
    expect(total).toBeGreaterThan(2)
    await search.press('Enter')
    await expect(status).toHaveText(`2 of ${total}`)
    await search.press('Shift+Enter')
    await search.press('Shift+Enter')
    await expect(status).toHaveText(`${total} of ${total}`)

    // Nothing reached the player, the follow toggle or the help.
    expect(commands(await youtube.calls())).toEqual([])
    await expect(r.clock).toHaveText('1:11:40')
    await expect(page.getByRole('dialog')).toBeHidden()
    await search.press('Escape')
    await expect(search).toBeHidden()
  })
})

test('↓ and ↑ move the focus through the claims, ? keeps it, Enter plays the claim', async ({
  page,
  youtube,
}) => {
  const r = await openReader(page)
  await test.step('↓ and ↑ move the focus through the claims in reading order (roving tabindex)', async () => {
    await youtube.clearLog()
    // Nothing focused yet: ↓ takes the first claim in view.
    await page.keyboard.press('ArrowDown')
    await expect(r.claim('t4223')).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(r.claim('t4230')).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(r.claim('t4313')).toBeFocused()
    await page.keyboard.press('ArrowUp')
    await expect(r.claim('t4230')).toBeFocused()
    // One tab stop among the claims: the focused one, which offers its link.
    await expect(page.locator('article [data-claim-id][tabindex="0"]')).toHaveCount(1)
    await expect(r.claim('t4230')).toHaveAttribute('tabindex', '0')
    await expect(r.claim('t4230').locator('[data-copy-link]')).toBeVisible()
    // Moving the focus does not play anything.
    expect(commands(await youtube.calls())).toEqual([])
    await expect(r.clock).toHaveText('0:00')
  })

  await test.step('? opens the shortcut list; Escape closes it and focus returns', async () => {
    await page.keyboard.press('?')
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(help).toBeVisible()
    await expect(help).toContainText('Back or forward 10 seconds')
    await expect(help).toContainText('Play the next or previous citation in video order')
    await page.keyboard.press('Escape')
    await expect(help).toBeHidden()
    await expect(r.claim('t4230')).toBeFocused()
  })

  await test.step('Enter on a claim reached with ↓ plays from it', async () => {
    await page.keyboard.press('Enter')
    await expect(r.claim('t4230')).toHaveAttribute('data-primary', '')
    await expect(r.clock).toHaveText(/^1:10:3\d$/)
    await expect.poll(() => youtube.state(), FAST).toBe(PlayerState.PLAYING)
  })
})

test('n and p play the next and previous claim in reading order', async ({ page, youtube }) => {
  // t4344 is 5th in reading order; the 6th, t4271, is earlier in the video.
  const r = await openReader(page, notePath('t=4344'))
  await expect(r.primary).toHaveAttribute('data-claim-id', 't4344')
  await youtube.clearLog()
  await page.keyboard.press('n')
  await expect(r.primary).toHaveAttribute('data-claim-id', 't4271')
  await expect(r.claim('t4271')).toBeFocused()
  await expect(r.clock).toHaveText(/^1:11:1\d$/)
  await expect.poll(() => youtube.state(), FAST).toBe(PlayerState.PLAYING)
  await page.keyboard.press('p')
  await expect(r.primary).toHaveAttribute('data-claim-id', 't4344')
  await page.keyboard.press('p')
  await expect(r.primary).toHaveAttribute('data-claim-id', 't4331')
  expect(commands(await youtube.calls('seekTo'))).toEqual([
    'seekTo(4271, true)',
    'seekTo(4344, true)',
    'seekTo(4331, true)',
  ])
})

test('N and P play the next and previous citation in video order', async ({ page, youtube }) => {
  // After 4344 the video's next cited moment is 4459 (t4459, 11th in reading order).
  const r = await openReader(page, notePath('t=4344'))
  await expect(r.primary).toHaveAttribute('data-claim-id', 't4344')
  await youtube.clearLog()
  await page.keyboard.press('Shift+N')
  await expect(r.primary).toHaveAttribute('data-claim-id', 't4459')
  await expect(r.clock).toHaveText(/^1:14:(19|2\d)$/)
  await page.keyboard.press('Shift+N')
  await expect(r.primary).toHaveAttribute('data-claim-id', 't4528')
  await page.keyboard.press('Shift+P')
  await expect(r.primary).toHaveAttribute('data-claim-id', 't4459')
  await page.keyboard.press('Shift+P')
  await expect(r.primary).toHaveAttribute('data-claim-id', 't4344')
  expect(commands(await youtube.calls('seekTo'))).toEqual([
    'seekTo(4459, true)',
    'seekTo(4528, true)',
    'seekTo(4459, true)',
    'seekTo(4344, true)',
  ])
  await expect.poll(() => youtube.state(), FAST).toBe(PlayerState.PLAYING)
})

test('single keys do nothing once turned off in the help; arrows still work', async ({
  page,
  youtube,
}) => {
  const r = await openPausedAt4300(page)
  await page.getByRole('button', { name: 'Keyboard shortcuts (?)' }).click()
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  const singleKeys = help.getByRole('checkbox', { name: /Single-key shortcuts/ })
  await expect(singleKeys).toBeChecked()
  await singleKeys.uncheck()
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
  await putFocusOnNothing(page)
  await youtube.clearLog()

  for (const key of ['k', 'Space', 'l', 'j', '>', 'n', 'Shift+N', 'f', '/', '?']) {
    await page.keyboard.press(key)
  }
  await page.keyboard.press('ArrowRight') // the fence
  await expect(r.clock).toHaveText('1:11:45')
  // Only the fence reached the player: its seek, and the pause that keeps a paused video paused.
  expect(commands(await youtube.calls())).toEqual([
    expect.stringMatching(/^seekTo\(4305[.\d]*, true\)$/),
    'pauseVideo()',
  ])
  await expect(r.follow).toHaveAttribute('aria-pressed', 'true')
  await expect(r.rate).toHaveText('1×')
  await expect(help).toBeHidden()
  await expect(page.getByRole('searchbox')).toHaveCount(0)

  // Turned back on, they work again.
  await page.getByRole('button', { name: 'Keyboard shortcuts (?)' }).click()
  await singleKeys.check()
  await page.keyboard.press('Escape')
  await putFocusOnNothing(page)
  await page.keyboard.press('l')
  await expect(r.clock).toHaveText('1:11:55')
})

// Ctrl+K and ⌘K are the one exception: they open the search across every note
// (search-across-notes.spec.ts).
test('keys held with Ctrl, Alt or Meta are left to the browser', async ({ page, youtube }) => {
  const r = await openPausedAt4300(page)
  await youtube.clearLog()
  for (const key of [
    'Alt+k',
    'Control+l',
    'Alt+j',
    'Control+ArrowRight',
    'Meta+ArrowLeft',
    'Alt+f',
    'Control+Shift+N',
    'Alt+.',
  ]) {
    await page.keyboard.press(key)
  }
  await page.keyboard.press('ArrowLeft') // the fence
  await expect(r.clock).toHaveText('1:11:35')
  // Only the fence reached the player: its seek, and the pause that keeps a paused video paused.
  expect(commands(await youtube.calls())).toEqual([
    expect.stringMatching(/^seekTo\(4295[.\d]*, true\)$/),
    'pauseVideo()',
  ])
  await expect(r.follow).toHaveAttribute('aria-pressed', 'true')
  await expect(r.button('Play')).toBeVisible()
})

test('a click on a claim then n continues from the clicked claim', async ({ page }) => {
  const r = await openReader(page)
  await clickClaimText(page, r.claim('t5522'))
  await expect(r.primary).toHaveAttribute('data-claim-id', 't5522')
  await page.keyboard.press('n')
  await expect(r.primary).toHaveAttribute('data-claim-id', 't4459')
  await expect(r.clock).toHaveText(/^1:14:(19|2\d)$/)
})

test('N walks every cited moment in video order, P walks back', async ({ page }) => {
  const r = await openReader(page)
  for (const id of VIDEO_ORDER) {
    await page.keyboard.press('Shift+N')
    await expect(r.primary).toHaveAttribute('data-claim-id', id)
  }
  for (const id of VIDEO_ORDER.toReversed().slice(1, 6)) {
    await page.keyboard.press('Shift+P')
    await expect(r.primary).toHaveAttribute('data-claim-id', id)
  }
})
