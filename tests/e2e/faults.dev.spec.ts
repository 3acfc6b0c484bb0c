// A note edited while it is open on the dev server (issue 9): the change shows
// in place, with no reload, and the reader keeps its player, its time and the
// claim being played; an edit that breaks the note shows the note's problem,
// and fixing it recovers. The test edits its own note in the dev server's
// vault (support/assemble-vault.ts copies tests/fixtures/vault/ there) and
// puts it back. It is the only test that edits that note: two runs at once
// (--repeat-each with several workers) would edit it under each other.
import { readFileSync, writeFileSync } from 'node:fs'
import { vaultFolder } from './support/assemble-vault.ts'
import { PlayerState } from './support/fake-youtube.ts'
import { expect, expectNoProblems, test } from './support/fixtures.ts'
import { clickClaimText, clockSeconds, reader, waitForReadyPlayer } from './support/reader.ts'

const SLUG = 'water-mills-edited-live'
const FILE = `${vaultFolder('dev')}/fixtures/${SLUG}.md`

declare global {
  interface Window {
    /** Set by the test: still there means the page was not reloaded. */
    __samePage?: boolean
  }
}

let original = ''

test.beforeEach(() => {
  original = readFileSync(FILE, 'utf8')
})

test.afterEach(({ problems }) => {
  // Only when a failure left it edited: every write reaches the pages that show the note.
  if (readFileSync(FILE, 'utf8') !== original) writeFileSync(FILE, original)
  expectNoProblems(problems)
})

test('an edit shows in place, and a broken edit shows its problem until it is fixed', async ({
  page,
  youtube,
}) => {
  await page.goto(`/#/n/${SLUG}`)
  const article = page.locator(`article[data-note="${SLUG}"]`)
  const claim = (id: string) => article.locator(`[data-claim-id="${id}"]`)
  const r = reader(page)
  // The dev server transforms the app's modules on the first visit: slow on a busy machine.
  await expect(article).toBeVisible({ timeout: 20_000 })
  await waitForReadyPlayer(page)
  await clickClaimText(page, claim('t300'))
  await expect(claim('t300')).toHaveAttribute('data-primary', '')
  await expect.poll(() => youtube.state()).toBe(PlayerState.PLAYING)
  const players = await youtube.createdCount()
  await page.evaluate(() => (window['__samePage'] = true))

  /** Where the reader is, and that it is the same page and the same player. */
  const expectReaderKept = async () => {
    expect(await page.evaluate(() => window['__samePage'])).toBe(true)
    expect(await youtube.createdCount()).toBe(players)
    expect(await youtube.state()).toBe(PlayerState.PLAYING)
    await expect(claim('t300')).toHaveAttribute('data-primary', '')
    expect(await clockSeconds(r)).toBeGreaterThanOrEqual(300)
  }

  writeFileSync(FILE, original.replace('the stream below it', 'the stream that runs below it'))
  await expect(claim('t100')).toContainText('the stream that runs below it')
  await expectReaderKept()

  // The sluice gate's stamp cannot be read: that claim is gone, and the note says why.
  writeFileSync(
    FILE,
    original.replace('data-t="00:12:30">[00:12:30]', 'data-t="00:12:99">[00:12:99]'),
  )
  const diagnostics = page.locator('[data-diagnostics]')
  await expect(diagnostics).toHaveAttribute('data-count', '1')
  await expect(diagnostics).toContainText('00:12:99')
  await expect(claim('t750')).toHaveCount(0)
  await expect(article).toContainText('A sluice gate sets how much water reaches the wheel')
  // The dev server's overlay names it too.
  await expect(page.locator('vite-error-overlay')).toHaveCount(1)
  await expectReaderKept()

  writeFileSync(FILE, original)
  await expect(claim('t750')).toHaveCount(1)
  await expect(diagnostics).toHaveCount(0)
  await expect(page.locator('vite-error-overlay')).toHaveCount(0)
  await expect(claim('t100')).not.toContainText('that runs')
  await expectReaderKept()
})
