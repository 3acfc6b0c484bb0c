import type { CompiledNote } from '../note/compiled-note.ts'
import type { LibraryManifest } from './library-entry.ts'
import type { LinkShard } from './link-shards.ts'

/**
 * The dev server's message, over its HMR socket, that a note's file changed:
 * `{ slug }`. The page reads that note again in place (src/build/notes-plugin.ts sends it).
 */
export const NOTE_EDITED_EVENT = 'lockstep:note-edited'

/** Where the vault's compiled data comes from: files next to the page in the app, fakes in tests. */
export interface VaultSource {
  manifest(): Promise<LibraryManifest>
  note(src: string): Promise<CompiledNote>
  /** One shard of the links (link-shards.ts). */
  links(url: string): Promise<LinkShard>
  text(url: string): Promise<string>
}

/** Fetches the vault's JSON files, relative to the page. Every failure says which file and why. */
export function createFetchSource(manifestUrl: string, fetcher: typeof fetch = fetch): VaultSource {
  const get = async (url: string, what: string): Promise<Response> => {
    let response: Response
    try {
      response = await fetcher(url)
    } catch (error) {
      throw new Error(`Could not load ${what} (${url}): ${messageOf(error)}`, { cause: error })
    }
    if (!response.ok)
      throw new Error(`Could not load ${what} (${url}): the server answered ${response.status}.`)
    return response
  }
  const json = async <T>(url: string, what: string): Promise<T> => {
    const response = await get(url, what)
    try {
      return (await response.json()) as T
    } catch (error) {
      throw new Error(`${what} (${url}) is not valid JSON: ${messageOf(error)}`, { cause: error })
    }
  }
  return {
    async manifest() {
      const manifest = await json<LibraryManifest>(manifestUrl, 'the list of notes')
      if (manifest?.version !== 2 || !Array.isArray(manifest.notes))
        throw new Error(
          `The list of notes (${manifestUrl}) is not one this version of Lockstep reads.`,
        )
      return manifest
    },
    note: (src) => json<CompiledNote>(src, 'the note'),
    links: (url) => json<LinkShard>(url, 'the links between notes'),
    text: async (url) => (await get(url, 'the search index')).text(),
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
