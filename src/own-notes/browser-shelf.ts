import { createMemoryShelf, type OwnNoteShelf } from '../library/own-note.ts'

/** A browser that neither opens nor refuses IndexedDB within this long is taken as refusing. */
const OPEN_TIME_LIMIT = 5_000

/** idb and the shelf load beside the page, not in its first script. */
const openIdbShelf = () => import('./idb-shelf.ts').then((shelf) => shelf.openIdbShelf())

interface BrowserShelfOptions {
  readonly open?: () => Promise<OwnNoteShelf>
  readonly timeLimit?: number
}

/**
 * The shelf the app keeps your notes on: IndexedDB, opened on first use. When
 * the browser refuses it (private mode, storage off, a failed or hung open),
 * notes are kept in memory instead, and the first `list` says so: the
 * library shows that message as its shelf problem.
 */
export function createBrowserShelf({
  open = openIdbShelf,
  timeLimit = OPEN_TIME_LIMIT,
}: BrowserShelfOptions = {}): OwnNoteShelf {
  let refusal: string | null = null
  let ready: Promise<OwnNoteShelf> | null = null
  const shelf = () =>
    (ready ??= withTimeLimit(open, timeLimit).catch((error: unknown) => {
      refusal = `it does not let Lockstep keep notes here (${reasonOf(error)}), so notes you open last only this visit.`
      return createMemoryShelf()
    }))

  return {
    async list() {
      const held = await shelf()
      if (refusal !== null) {
        const message = refusal
        refusal = null // said once; the notes opened later are in memory and list fine
        throw new Error(message)
      }
      return held.list()
    },
    put: async (own) => (await shelf()).put(own),
    remove: async (slug) => (await shelf()).remove(slug),
  }
}

function withTimeLimit<T>(start: () => Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('storage did not answer')), ms)
    const settle =
      <A>(then: (a: A) => void) =>
      (a: A) => {
        clearTimeout(timer)
        then(a)
      }
    try {
      start().then(settle(resolve), settle(reject))
    } catch (error) {
      settle(reject)(error)
    }
  })
}

/** Why, in a reader's words: the browser's own message is for developers. */
function reasonOf(error: unknown): string {
  if (typeof indexedDB === 'undefined') return 'this browser has no IndexedDB'
  if (error instanceof Error && error.message === 'storage did not answer')
    return 'its storage did not answer'
  return 'private browsing, or site data turned off'
}
