// The first module of every compile worker. On Node 20 a worker thread inherits
// neither the parent's loader hooks nor tsx's (tsx registers itself on the main
// thread only there), so `execArgv: ['--import', 'tsx']` leaves the worker
// unable to load `.ts`. Registering tsx from inside the worker works on every
// supported Node; then the TypeScript entry named by the pool is loaded.
import { workerData } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
await import(workerData.entry)
