// A free local TCP port, for the servers the benchmarks start themselves.
import { createServer } from 'node:net'

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(false))
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
      probe.close(() => resolve(true))
    })
  })
}

/** The first free port from `from` on (fifty tried), so parallel runs can pass their own range. */
export async function findFreePort(from: number): Promise<number> {
  for (let port = from; port < from + 50; port++) if (await isPortFree(port)) return port
  throw new Error(`no free port in ${from}–${from + 49}`)
}
