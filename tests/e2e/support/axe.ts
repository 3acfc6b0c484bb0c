// axe over the reader, reduced to what a failure message needs.
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'

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
