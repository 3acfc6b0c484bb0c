// axe over the reader, reduced to what a failure message needs.
import { AxeBuilder } from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

export interface Violation {
  readonly rule: string
  readonly impact: string | null | undefined
  readonly help: string
  readonly nodes: readonly string[]
}

/**
 * axe's violations on the page. `rules` narrows the run: the dark theme
 * changes colours only, so there the colour rules are all that can find
 * something new.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<Violation[]> {
  // The fake's iframe stands where YouTube's page would be: not ours to check.
  // Only violations are wanted: axe then skips the detail of every passing node.
  let axe = new AxeBuilder({ page })
    .exclude('[data-player] iframe')
    .options({ resultTypes: ['violations'] })
  if (rules) axe = axe.withRules(rules)
  const results = await axe.analyze()
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
  }))
}

/** axe's rules that read colours: all a change of theme can newly break. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block']

/**
 * Follows the system into `scheme`, and waits until everything that fades
 * between colours (claims, cards) has arrived: axe reads colours as they are
 * at that moment, and a half-done fade is neither theme.
 */
export async function useScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme })
  const html = expect(page.locator('html'))
  await (scheme === 'dark' ? html.toHaveClass(/\bdark\b/) : html.not.toHaveClass(/\bdark\b/))
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition)
        .map((a) => a.finished),
    ),
  )
}
