// Which Chromium the browser tests drive. Here it is Debian's; on a laptop it is
// whatever CHROME_PATH names, else the one `npx playwright install chromium`
// downloaded (Playwright's default when executablePath is undefined).
import { existsSync } from 'node:fs'

const DEBIAN_CHROMIUM = '/usr/bin/chromium'

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env['CHROME_PATH']
  if (fromEnv) return fromEnv
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM
  return undefined
}

/** Flags for a quiet, offline, root-friendly Chromium. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', // the tests run as root in CI
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
