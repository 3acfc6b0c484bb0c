// The three-hour playthrough (issue 9), in real time: the generated note of
// support/playthrough-note.ts (1,101 claims, 881 cited moments over three
// hours, windows of at least 3 s, sections out of video order) is played from
// 0:00 to the end at 16× with the fake YouTube: 675 s of wall time.
//
// In the page, a MutationObserver on the active-claim attributes of DESIGN §5
// (`data-active`, `aria-current`) logs every change of the set of active
// claims with the fake's true video time. In Node, the same parse the build
// runs (parseNote, on the markdown the vault holds) gives the note's time
// index (src/time/time-index.ts), and from it the changes a viewer should see: each window's claims as it opens,
// nothing where a silence outlasts the dwell. The log must be exactly that
// sequence (no window missed, none out of order, no extra flicker), each
// change at most LAG_S of video after its window opened and never before.
// The JS heap, read after a forced GC through CDP, must end within a stated
// bound of where it started. The page's frames more than 100 ms apart are
// printed too: at 16× a frame gap over 187 ms can pass a 3 s window by.
//
// Passes on a quiet machine (2026-12-01, after the 16× work): 890 of 890
// changes, none missed, late or early, lag max 0.44 s of video, no frame gap
// over 100 ms, heap 12.0 → 20.1 MB (bound 22.3 MB). Two earlier runs on two
// cores loaded by other suites, before that work, missed 1 and 8 windows at
// frame stalls of up to 950 ms: at 16× a stall over 187 ms can pass a 3 s window.
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import { parseNote } from '../../src/note/parse-note.ts'
import { buildTimeIndex, type TimeIndex } from '../../src/time/time-index.ts'
import {
  PLAYTHROUGH_DURATION_S as DURATION_S,
  PLAYTHROUGH_MIN_WINDOW_S,
  PLAYTHROUGH_SLUG as SLUG,
  PLAYTHROUGH_VIDEO_ID,
  playthroughNoteMarkdown,
} from './support/playthrough-note.ts'

const RATE = 16
/** The fake's report interval: 0.8 s of video at 16×, inside the 1 s getCurrentTime() extrapolates. */
const REPORT_INTERVAL_MS = 50
/**
 * How late (in video time) a change may show: one frame at 16× (16.7 ms → 0.27 s)
 * plus one report of the fake (50 ms → 0.8 s), should its timer run late and
 * getCurrentTime() reach its 1 s cap. Well under the shortest window (3 s).
 */
const LAG_S = (RATE * 16.7) / 1000 + (RATE * REPORT_INTERVAL_MS) / 1000
/** A change is never early; this is only room for floating point. */
const EARLY_S = 0.01
/** The heap after the run may exceed the heap before by at most this: nothing of the run is kept. */
const HEAP_BOUND = { ratio: 1.2, plusMB: 8 }

test.use({
  fakeYouTubeConfig: {
    durations: { [PLAYTHROUGH_VIDEO_ID]: DURATION_S },
    playbackRates: [0.25, 0.5, 1, 1.5, 2, 4, 8, 16],
    reportIntervalMs: REPORT_INTERVAL_MS,
  },
})

// No second try: it would be another 11 minutes, and one run says what it found.
test.describe.configure({ retries: 0 })
// Eleven minutes of real time on one worker, and it needs the cores to itself
// (above): run on its own with `npm run test:playthrough`, which also puts the
// note in the test vault; `npm test` leaves it out.
test.skip(!process.env['E2E_PLAYTHROUGH'], 'run with npm run test:playthrough (E2E_PLAYTHROUGH=1)')

test.afterEach(({ problems }) => {
  expectNoProblems(problems)
})

interface Change {
  readonly at: number
  readonly ids: readonly string[]
}

/** The changes of the active set the index implies, from 0:00 to the end of the video. */
function expectedChanges(index: TimeIndex): Change[] {
  const changes: Change[] = []
  index.windows.forEach((window, i) => {
    changes.push({ at: window.interval.start, ids: window.ids })
    const next = index.windows[i + 1]
    if (next?.interval.start !== window.interval.end && window.interval.end < DURATION_S)
      changes.push({ at: window.interval.end, ids: [] })
  })
  return changes
}

/** The first few changes of a list, as `[ids]@seconds`. */
const firstFew = (list: readonly Change[]) =>
  list.slice(0, 8).map((c) => `[${c.ids.join(' ')}]@${c.at.toFixed(2)}`)

interface PageRun {
  readonly log: { at: number; ids: string[]; current: string[] }[]
  readonly stalls: { ms: number; at: number }[]
}

/**
 * Lines the logged changes up with the expected ones, in order: a logged change
 * matches the next expected one with the same claims; an expected change with no
 * such entry next (or next but one, after a stray entry) was missed.
 */
function compareChanges(expected: readonly Change[], seen: PageRun['log']) {
  const missed: Change[] = []
  const extra: Change[] = []
  const late: Change[] = []
  const early: Change[] = []
  const lags: number[] = []
  const same = (a: Change | undefined, b: Change) => a?.ids.join(' ') === b.ids.join(' ')
  let j = 0
  for (const want of expected) {
    if (!same(seen[j], want) && same(seen[j + 1], want)) extra.push(seen[j++]!)
    const got = seen[j]
    if (!got || !same(got, want)) {
      missed.push(want)
      continue
    }
    j++
    const lag = got.at - want.at
    lags.push(lag)
    if (lag > LAG_S) late.push(got)
    if (lag < -EARLY_S) early.push(got)
  }
  extra.push(...seen.slice(j))
  const unlabelled = seen.filter((change) => change.current.join(' ') !== change.ids.join(' '))
  return { missed, extra, late, early, unlabelled, lags }
}

test('plays three hours at 16× and lights every claim as its window opens, and the heap comes back', async ({
  page,
}) => {
  test.setTimeout(15 * 60_000)
  // The markdown the test vault holds (support/assemble-vault.ts), through the build's own parse.
  const { doc } = parseNote(playthroughNoteMarkdown(), { slug: SLUG })
  const index = buildTimeIndex(doc.claims)
  const expected = expectedChanges(index)
  const shortest = Math.min(...index.windows.map((w) => w.interval.end - w.interval.start))
  expect(shortest).toBeGreaterThanOrEqual(PLAYTHROUGH_MIN_WINDOW_S)

  await page.goto(`/#/n/${SLUG}`)
  const claims = page.locator(`article[data-note="${SLUG}"] [data-claim-id]`)
  await expect(claims).toHaveCount(doc.claims.length, { timeout: 60_000 })
  // The page shows the claims the Node parse found, in the same order.
  expect(await claims.evaluateAll((es) => es.map((e) => e.getAttribute('data-claim-id')))).toEqual(
    doc.claims.map((claim) => claim.id),
  )
  await page.waitForFunction(() => window['__fakeYouTube']?.isReady() === true)
  await page.waitForTimeout(1_000)

  await page.evaluate((slug) => {
    const article = document.querySelector(`article[data-note="${slug}"]`)!
    const idsOf = (selector: string) =>
      [...article.querySelectorAll(selector)].map((e) => e.getAttribute('data-claim-id')!)
    const log: { at: number; ids: string[]; current: string[] }[] = []
    let last = ''
    const look = () => {
      const ids = idsOf('[data-claim-id][data-active]')
      const current = idsOf('[data-claim-id][aria-current="true"]')
      const key = `${ids.join(' ')}|${current.join(' ')}`
      if (key === last) return
      last = key
      log.push({ at: window['__fakeYouTube']!.trueTime(), ids, current })
    }
    look()
    // The page's frames more than 100 ms apart (a 3 s window lasts 187 ms at 16×), with the video time.
    const stalls: { ms: number; at: number }[] = []
    let frameAt = performance.now()
    const frame = (now: number) => {
      if (now - frameAt > 100)
        stalls.push({ ms: now - frameAt, at: window['__fakeYouTube']!.trueTime() })
      frameAt = now
      // Until the run is collected.
      if (Reflect.has(window, 'e2ePlaythrough')) requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
    const observer = new MutationObserver(look)
    observer.observe(article, {
      attributes: true,
      attributeFilter: ['data-active', 'aria-current'],
      subtree: true,
    })
    Object.assign(window, { e2ePlaythrough: { log, stalls, observer } })
  }, SLUG)
  const cdp = await page.context().newCDPSession(page)
  const heapMB = async () => {
    await cdp.send('HeapProfiler.collectGarbage')
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20
  }
  const heapBefore = await heapMB()

  const started = Date.now()
  await page.evaluate((rate) => {
    const fake = window['__fakeYouTube']!
    fake.userPlay()
    ;(fake.players.at(-1) as { setPlaybackRate(rate: number): void }).setPlaybackRate(rate)
  }, RATE)
  // The fake's ENDED is 0.
  await page.waitForFunction(() => window['__fakeYouTube']!.state() === 0, undefined, {
    polling: 1_000,
    timeout: 13 * 60_000,
  })
  const wallS = (Date.now() - started) / 1000
  const { log, stalls } = await page.evaluate(() => {
    const run = (window as unknown as { e2ePlaythrough: PageRun & { observer: MutationObserver } })
      .e2ePlaythrough
    run.observer.disconnect()
    Reflect.deleteProperty(window, 'e2ePlaythrough')
    return { log: run.log, stalls: run.stalls }
  })
  const heapAfter = await heapMB()

  // The log's first entry is what was active before play: nothing (0:07 is the first moment).
  expect(log[0]).toMatchObject({ ids: [], current: [] })
  const seen = log.slice(1)
  const { missed, extra, late, early, unlabelled, lags } = compareChanges(expected, seen)
  const sorted = lags.toSorted((a, b) => a - b)
  const worstStalls = stalls.toSorted((a, b) => b.ms - a.ms).slice(0, 5)
  const activated = new Set(seen.flatMap((change) => change.ids))
  // oxlint-disable-next-line no-console
  console.log(
    `three hours at ${RATE}× in ${wallS.toFixed(0)} s of wall time: ${doc.claims.length} claims, ` +
      `${index.windows.length} windows (shortest ${shortest} s); ${expected.length} changes expected, ` +
      `${seen.length} logged; ${activated.size} claims ever active; lag median ` +
      `${(sorted[sorted.length >> 1] ?? Number.NaN).toFixed(2)} s, max ${(sorted.at(-1) ?? Number.NaN).toFixed(2)} s ` +
      `(bound ${LAG_S.toFixed(2)} s); heap ${heapBefore.toFixed(1)} MB before, ${heapAfter.toFixed(1)} MB after ` +
      `(bound ${(heapBefore * HEAP_BOUND.ratio + HEAP_BOUND.plusMB).toFixed(1)} MB)\n` +
      `missed ${missed.length} ${firstFew(missed)}; extra ${extra.length} ${firstFew(extra)}; ` +
      `late ${late.length} ${firstFew(late)}; early ${early.length}; aria-current ≠ data-active ${unlabelled.length}\n` +
      `frames over 100 ms apart: ${stalls.length}, the longest ` +
      worstStalls.map((x) => `${x.ms.toFixed(0)} ms@${x.at.toFixed(0)} s`).join(', '),
  )
  expect({ missed, extra, late, early, unlabelled }).toEqual({
    missed: [],
    extra: [],
    late: [],
    early: [],
    unlabelled: [],
  })
  expect(seen).toHaveLength(expected.length)
  expect(activated.size).toBe(doc.claims.length)
  expect(heapAfter).toBeLessThanOrEqual(heapBefore * HEAP_BOUND.ratio + HEAP_BOUND.plusMB)
})
