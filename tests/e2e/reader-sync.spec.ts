// Playback → text and text → playback (DESIGN §3): the highlight follows the
// video through a note whose citations are out of video order, says how far
// the next cited moment is in a gap, and moves at once when a claim is played.
//
// Not covered here: two claims citing the same moment. The seed note has no
// such pair (every claim cites a distinct second, so no two windows overlap)
// and the reader shows only notes from content/; the unit tests of the time
// index and the store cover the clicked-claim rule.
import type { Page } from '@playwright/test'
import { PlayerState } from './support/fake-youtube.ts'
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import {
  READING_ORDER,
  activeIds,
  clickClaimText,
  clockSeconds,
  isInNoteView,
  notePath,
  openReader,
  scrubAndPlay,
  scrubTo,
  seconds,
} from './support/reader.ts'

/** What the page records about a switch of highlight, in ms after the click or key. */
interface SwitchWatch {
  startedAt: number | null
  /** When the new claim became primary. */
  movedAfter: number | null
  /** Whether the player had reported since the action when the highlight moved. */
  reportedFirst: boolean | null
  /** Each time the old claim was lit again. */
  relit: number[]
  /** The 600 ms of watching are over. */
  done: boolean
}

/**
 * Watches, from the next click or key press for 600 ms, when `to` becomes
 * primary and whether `from` is ever lit again.
 */
async function watchTheSwitch(page: Page, from: string, to: string): Promise<void> {
  await page.evaluate(
    ([fromId, toId]) => {
      const old = document.querySelector(`article [data-claim-id="${fromId}"]`)!
      const next = document.querySelector(`article [data-claim-id="${toId}"]`)!
      const yt = window['__fakeYouTube']!
      const watch: SwitchWatch = {
        startedAt: null,
        movedAfter: null,
        reportedFirst: null,
        relit: [],
        done: false,
      }
      ;(window as unknown as { switchWatch: SwitchWatch }).switchWatch = watch
      const observer = new MutationObserver(() => {
        if (watch.startedAt === null) return
        const after = Math.round(performance.now() - watch.startedAt)
        if (watch.movedAfter === null && next.hasAttribute('data-primary')) {
          watch.movedAfter = after
          watch.reportedFirst = (yt.lastReport()?.at ?? 0) > watch.startedAt
        }
        if (old.hasAttribute('data-active')) watch.relit.push(after)
      })
      const attributes = ['data-active', 'data-primary', 'aria-current']
      observer.observe(old, { attributes: true, attributeFilter: attributes })
      observer.observe(next, { attributes: true, attributeFilter: attributes })
      const start = () => {
        if (watch.startedAt !== null) return
        watch.startedAt = performance.now()
        setTimeout(() => {
          observer.disconnect()
          watch.done = true
        }, 600)
      }
      document.addEventListener('click', start, { capture: true })
      document.addEventListener('keydown', start, { capture: true })
    },
    [from, to],
  )
}

/** Resolves just after the fake's next report: the one after is a whole interval away. */
async function justAfterAReport(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const yt = window['__fakeYouTube']!
        const last = yt.lastReport()?.at
        const timer = setInterval(() => {
          if (yt.lastReport()?.at === last) return
          clearInterval(timer)
          resolve()
        }, 2)
      }),
  )
}

/**
 * The highlight moved right after the action, before the player
 * reported the new time, and the old claim never lit up again in 600 ms.
 */
async function expectSwitchedAtOnce(page: Page): Promise<void> {
  const read = () =>
    page.evaluate(() => (window as unknown as { switchWatch: SwitchWatch }).switchWatch)
  await expect.poll(async () => (await read()).done).toBe(true)
  const watch = await read()
  expect(watch).toMatchObject({ reportedFirst: false, relit: [] })
  // A frame or two; a busy machine gets slack, still far short of the next report.
  expect(watch.movedAfter).toBeLessThanOrEqual(500)
}

test.afterEach(({ problems }) => {
  expectNoProblems(problems)
})

test.describe('the highlight follows playback', () => {
  test('moves to the next claim when the video crosses a citation', async ({ page, youtube }) => {
    const r = await openReader(page)
    await clickClaimText(page, r.claim('t4223'))
    await expect(r.primary).toHaveAttribute('data-claim-id', 't4223')

    await r.button('Pause').click()
    await expect(r.button('Play')).toBeVisible()

    // 4223 is cited, and the next later citation is 4230: the window ends there.
    await scrubTo(page, r, 4229.5)
    await expect(r.claim('t4223')).toHaveAttribute('aria-current', 'true')
    await expect(r.claim('t4230')).not.toHaveAttribute('aria-current')
    await youtube.userPlay()
    await expect(r.claim('t4230')).toHaveAttribute('aria-current', 'true', { timeout: 4_000 })
    await expect(r.claim('t4230')).toHaveAttribute('data-primary', '')
    await expect(r.claim('t4223')).not.toHaveAttribute('aria-current')
    expect(await activeIds(r)).toEqual(['t4230'])
  })

  test('jumps back up the note when the video reaches a claim written earlier', async ({
    page,
  }) => {
    // Video order 4271 → 4290 → 4306 → 4313, reading order t4313 (3rd) … t4306 (8th).
    const r = await openReader(page, notePath('t=4306'))
    await expect(r.primary).toHaveAttribute('data-claim-id', 't4306')
    await scrubAndPlay(page, r, 4312.4)
    await expect(r.primary).toHaveAttribute('data-claim-id', 't4313', { timeout: 4_000 })
    expect(await activeIds(r)).toEqual(['t4313'])
    // The new claim is above the old one in the note, and follow brings it into view.
    const [above, below] = await Promise.all([
      r.claim('t4313').boundingBox(),
      r.claim('t4306').boundingBox(),
    ])
    expect(above!.y).toBeLessThan(below!.y)
    await expect.poll(() => isInNoteView(page, r.claim('t4313'))).toBe(true)
  })

  test('ends a window after at most a minute when the next citation is later', async ({ page }) => {
    // t4344's window is capped at 4344 + 60 = 4404; the next citation is 4459.
    const r = await openReader(page, notePath('t=4402'))
    await expect(r.primary).toHaveAttribute('data-claim-id', 't4344')
    await scrubAndPlay(page, r, 4403.2)
    await expect(r.active).toHaveCount(0, { timeout: 4_000 })
    await expect(r.gap).toBeVisible()
  })

  test('in a gap no claim is lit and the note counts down to the next cited moment', async ({
    page,
    youtube,
  }) => {
    // Nothing is cited before 7:37 (457 s): at 200 s it is 4:17 away.
    const r = await openReader(page, notePath('t=200'))
    await expect(r.clock).toHaveText('3:20')
    await expect(r.active).toHaveCount(0)
    await expect(page.locator('[aria-current="true"]')).toHaveCount(0)
    await expect(r.gap).toHaveText(/Next cited moment in 4:17/)

    await r.button('Play').click()
    await expect.poll(() => youtube.state()).toBe(PlayerState.PLAYING)
    // Played on, the countdown drops by as much as the clock rises.
    await expect(r.gap).toHaveText(/Next cited moment in 4:1[0-6]/, { timeout: 4_000 })
    const countdown = await r.gap.textContent()
    const left = /in (\d+):(\d\d)/.exec(countdown ?? '')!
    const remaining = Number(left[1]) * 60 + Number(left[2])
    expect(Math.abs(remaining + (await clockSeconds(r)) - 457)).toBeLessThanOrEqual(1)

    await r.gap.getByRole('button', { name: 'Skip to it' }).click()
    await expect(r.clock).toHaveText(/^7:3[7-9]$/)
    await expect(r.primary).toHaveAttribute('data-claim-id', 't457')
    await expect(r.gap).toBeHidden()
  })
})

test.describe('playing a claim from the note', () => {
  // A player that reports rarely, and a click just after one of its reports: for
  // the next 2.5 s the player answers the old time, so whatever the page shows
  // meanwhile is the app's own doing (DESIGN §5: stale right after seekTo).
  test.use({ fakeYouTubeConfig: { reportIntervalMs: 2_500 } })

  test('a click seeks to the claim’s first citation, plays, and moves the highlight at once without flicker', async ({
    page,
    youtube,
  }) => {
    const r = await openReader(page)
    await clickClaimText(page, r.claim('t4223'))
    await expect(r.primary).toHaveAttribute('data-claim-id', 't4223')
    await expect.poll(() => youtube.state()).toBe(PlayerState.PLAYING)
    await youtube.clearLog()

    await watchTheSwitch(page, 't4223', 't4313')
    await justAfterAReport(page)
    await clickClaimText(page, r.claim('t4313'))
    await expect(r.claim('t4313')).toHaveAttribute('data-primary', '')
    expect(await activeIds(r)).toEqual(['t4313'])
    await expect(r.clock).toHaveText('1:11:53')

    const calls = await youtube.calls()
    expect(calls.filter((c) => c.method === 'seekTo').map((c) => c.args[0])).toEqual([4313])
    expect(calls.some((c) => c.method === 'playVideo')).toBe(true)
    await expectSwitchedAtOnce(page)
    await expect(r.claim('t4223')).not.toHaveAttribute('data-active')
  })

  test('Enter on a focused claim plays it the same way', async ({ page, youtube }) => {
    const r = await openReader(page)
    await clickClaimText(page, r.claim('t4223'))
    await expect.poll(() => youtube.state()).toBe(PlayerState.PLAYING)
    await youtube.clearLog()

    await r.claim('t4230').focus()
    await watchTheSwitch(page, 't4223', 't4230')
    await justAfterAReport(page)
    await page.keyboard.press('Enter')
    await expect(r.claim('t4230')).toHaveAttribute('data-primary', '')
    await expect(r.clock).toHaveText(/^1:10:3\d$/)
    const calls = await youtube.calls()
    expect(calls.filter((c) => c.method === 'seekTo').map((c) => c.args[0])).toEqual([4230])
    expect(calls.some((c) => c.method === 'playVideo')).toBe(true)
    await expectSwitchedAtOnce(page)
    await expect(r.button('Pause')).toBeVisible()
  })

  test('a citation chip plays from its own time', async ({ page, youtube }) => {
    const r = await openReader(page)
    await youtube.clearLog()
    const chip = r.chip('t5511', 5511)
    await expect(chip).toHaveAccessibleName('Play from 1:31:51')
    await chip.click()
    await expect(r.claim('t5511')).toHaveAttribute('data-primary', '')
    await expect(r.clock).toHaveText('1:31:51')
    const seeks = await youtube.calls('seekTo')
    expect(seeks.map((c) => c.args[0])).toEqual([5511])
    await expect.poll(() => youtube.state()).toBe(PlayerState.PLAYING)
    await expect.poll(() => youtube.trueTime()).toBeGreaterThan(5511)
  })
})

test('every claim is in the note, in reading order, with its citation times', async ({ page }) => {
  const r = await openReader(page)
  const claims = await r.article
    .locator('[data-claim-id]')
    .evaluateAll((elements) =>
      elements.map((e) => [
        e.getAttribute('data-claim-id'),
        e.getAttribute('data-claim-times'),
        e.getAttribute('role'),
        e.getAttribute('aria-roledescription'),
      ]),
    )
  expect(claims).toEqual(READING_ORDER.map((id) => [id, String(seconds(id)), 'group', 'claim']))
})
