// Browser tests. Run from the repo root:
//   npx playwright test -c tests/e2e/playwright.config.ts
// It lives here because the repo keeps no config files at the top level.
// Two servers: the built app (vite preview) for the 'app' project and the dev
// server (StrictMode, HMR) for the 'dev' project, plus a third, the app built
// from the hostile notes, for hostile-notes.spec.ts; all start for any run, and
// running ones are reused outside CI. E2E_NO_WEBSERVER=1 starts neither (for
// specs, like the fake's own, that never load the app). Both read the test
// vault (support/assemble-vault.ts): the bundled notes, made-up test notes and,
// when it is beside the repository, the real corpus. Ports: support/ports.ts.
import { fileURLToPath } from 'node:url'
import { defineConfig } from '@playwright/test'
import { vaultFolder } from './support/assemble-vault.ts'
import { CHROMIUM_ARGS, findChromium } from './support/browser.ts'
import { HOSTILE_DIST, HOSTILE_VAULT } from './support/assemble-hostile-vault.ts'
import {
  APP_ORIGIN,
  APP_PORT,
  DEV_ORIGIN,
  DEV_PORT,
  HOSTILE_ORIGIN,
  HOSTILE_PORT,
} from './support/ports.ts'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const inCI = Boolean(process.env['CI'])
const executablePath = findChromium()
const withVault = (server: string) =>
  `npx tsx tests/e2e/support/assemble-vault.ts ${vaultFolder(server)} && LOCKSTEP_CONTENT=${vaultFolder(server)}`

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: `${repoRoot}test-results/e2e`,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  forbidOnly: inCI,
  // CI runs once, unattended, on a shared 2-core machine: a test that fails
  // and then passes is reported as flaky in the log (and must be fixed), not
  // allowed to block the run. Locally, a failure is a failure.
  retries: inCI ? 1 : 0,
  // Two workers, whatever the cores: most of a browser test is waiting (for
  // the fake's reports, for frames), so two share a 2-core machine well and
  // halve the suite's time; the fake's spec runs on Playwright's clock, not on
  // real time, so a busy machine does not break it.
  workers: 2,
  // 'line' keeps CI logs short; 'list' shows every test while working.
  reporter: inCI ? 'line' : 'list',
  use: {
    browserName: 'chromium',
    headless: true,
    screenshot: 'only-on-failure',
    // A trace costs every test its recording; CI keeps the failure's screenshot.
    trace: inCI ? 'off' : 'retain-on-failure',
    launchOptions: {
      ...(executablePath === undefined ? {} : { executablePath }),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'app',
      testIgnore: '**/*.dev.spec.ts',
      use: { baseURL: APP_ORIGIN },
    },
    {
      name: 'dev',
      testMatch: '**/*.dev.spec.ts',
      use: { baseURL: DEV_ORIGIN },
    },
  ],
  webServer: process.env['E2E_NO_WEBSERVER']
    ? []
    : [
        {
          command: `${withVault('app')} npm run build && npx vite preview --port ${APP_PORT} --strictPort`,
          cwd: repoRoot,
          url: APP_ORIGIN,
          reuseExistingServer: !inCI,
          timeout: 120_000,
        },
        {
          command: `${withVault('dev')} npx vite --port ${DEV_PORT} --strictPort`,
          cwd: repoRoot,
          url: DEV_ORIGIN,
          reuseExistingServer: !inCI,
          timeout: 60_000,
        },
        // The hostile notes (hostile-notes.spec.ts) get a build of their own:
        // a library of 100 more notes would change what the other specs see.
        {
          command: [
            `npx tsx tests/e2e/support/assemble-hostile-vault.ts ${HOSTILE_VAULT}`,
            `LOCKSTEP_CONTENT=${HOSTILE_VAULT} npx vite build --outDir ${HOSTILE_DIST} --emptyOutDir`,
            `npx vite preview --outDir ${HOSTILE_DIST} --port ${HOSTILE_PORT} --strictPort`,
          ].join(' && '),
          cwd: repoRoot,
          url: HOSTILE_ORIGIN,
          reuseExistingServer: !inCI,
          timeout: 300_000,
        },
      ],
})
