// Where browser tests put the screenshots a person looks at, and the screens
// every changed view is looked at on: a phone held both ways, a tablet, a desktop.
import { fileURLToPath } from 'node:url'

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))

export const SCREENSHOTS = `${repoRoot}test-results/screenshots`

export const FOUR_SCREENS = {
  'phone-portrait': { width: 390, height: 844 },
  'phone-landscape': { width: 844, height: 390 },
  tablet: { width: 820, height: 1180 },
  desktop: { width: 1366, height: 850 },
} as const
