// Browser tests. Run from the repo root:
//   npx playwright test -c tests/e2e/playwright.config.ts
// It lives here because the repo keeps no config files at the top level.
// Two servers: the built app (vite preview) for the 'app' project and the dev
// server (StrictMode, HMR) for the 'dev' project; both start for any run, and
// running ones are reused outside CI. E2E_NO_WEBSERVER=1 starts neither (for
// specs, like the fake's own, that never load the app).
import { fileURLToPath } from 'node:url'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './support/browser.ts'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const inCI = Boolean(process.env['CI'])
const executablePath = findChromium()

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: `${repoRoot}test-results/e2e`,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  forbidOnly: inCI,
  retries: 0,
  // Workers: Playwright's default, half the cores. Timing assertions in the
  // fake's spec allow for a busy machine, not for an oversubscribed one.
  // 'line' keeps CI logs short; 'list' shows every test while working.
  reporter: inCI ? 'line' : 'list',
  use: {
    browserName: 'chromium',
    headless: true,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath === undefined ? {} : { executablePath }),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'app',
      testIgnore: '**/*.dev.spec.ts',
      use: { baseURL: 'http://localhost:4173' },
    },
    {
      name: 'dev',
      testMatch: '**/*.dev.spec.ts',
      use: { baseURL: 'http://localhost:5173' },
    },
  ],
  webServer: process.env['E2E_NO_WEBSERVER']
    ? []
    : [
        {
          command: 'npm run build && npx vite preview --port 4173 --strictPort',
          cwd: repoRoot,
          url: 'http://localhost:4173',
          reuseExistingServer: !inCI,
          timeout: 120_000,
        },
        {
          command: 'npx vite --port 5173 --strictPort',
          cwd: repoRoot,
          url: 'http://localhost:5173',
          reuseExistingServer: !inCI,
          timeout: 60_000,
        },
      ],
})
