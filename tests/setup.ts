// Shared test setup. DOM matchers and cleanup are only loaded where a DOM
// exists, so the pure pipeline tests run in plain Node.
export {}

if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest')
  const { cleanup } = await import('@testing-library/react')
  const { afterEach } = await import('vitest')
  afterEach(cleanup)
}
