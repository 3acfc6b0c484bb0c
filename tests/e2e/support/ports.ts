// Where the browser tests find the app. Two checkouts testing at once on one
// machine pick other ports: E2E_APP_PORT (built app), E2E_DEV_PORT (dev server)
// and E2E_HOSTILE_PORT (the built app of the hostile notes).
const port = (name: string, fallback: number): number => {
  const value = Number(process.env[name])
  return Number.isInteger(value) && value > 0 ? value : fallback
}

export const APP_PORT = port('E2E_APP_PORT', 4173)
export const DEV_PORT = port('E2E_DEV_PORT', 5173)
export const HOSTILE_PORT = port('E2E_HOSTILE_PORT', 4175)
export const APP_ORIGIN = `http://localhost:${APP_PORT}`
export const DEV_ORIGIN = `http://localhost:${DEV_PORT}`
export const HOSTILE_ORIGIN = `http://localhost:${HOSTILE_PORT}`
