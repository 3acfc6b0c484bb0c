import { describe, expect, it, vi } from 'vitest'
import { describeNote } from '../../src/library/describe-note.ts'
import { createLibraryStore, linksTo } from '../../src/library/library-store.ts'
import { shardOfKey } from '../../src/library/link-shards.ts'
import { linkKey } from '../../src/library/resolve-link.ts'
import { createMemoryShelf, type OwnNote, type OwnNoteShelf } from '../../src/library/own-note.ts'
import type { CompiledNote } from '../../src/note/compiled-note.ts'
import { parseNote } from '../../src/note/parse-note.ts'
import { libraryOf, memorySource } from '../support/library-of.ts'

function compile(slug: string, source: string): CompiledNote {
  const { doc, diagnostics } = parseNote(source, { slug })
  return { file: `${slug}.md`, doc, diagnostics }
}

const BEES = compile(
  'bees',
  '---\ntitle: Keeping bees\nvideoId: Bb000000001\n---\n\nA hive needs [[Smokers]] <a class="yt-timestamp" data-t="1:00">[1:00]</a>.\n',
)
const MINE = compile(
  'my-bees',
  '---\ntitle: My bee notes\nvideoId: Bb000000002\n---\n\nSmoke calms the [[bees]] <a class="yt-timestamp" data-t="2:00">[2:00]</a>.\n',
)

function own(note: CompiledNote): OwnNote {
  return { note, record: describeNote(note, 'own', note.doc.slug), addedAt: 1, bytes: 100 }
}

describe('the library store', () => {
  it('lists the vault, then your own notes, and resolves links across both', async () => {
    const library = libraryOf([BEES], [own(MINE)])
    expect(library.getState().status).toBe('loading')
    await library.getState().start()
    const state = library.getState()
    expect(state.status).toBe('ready')
    expect(state.entries.map((e) => [e.slug, e.origin])).toEqual([
      ['bees', 'vault'],
      ['my-bees', 'own'],
    ])
    expect(state.resolver.resolve('My Bee Notes')).toBe('my-bees')
    expect(await state.loadNote('bees')).toBe(BEES)
    expect(await state.loadNote('my-bees')).toBe(MINE)
    expect(await state.loadNote('wasps')).toBeNull()
  })

  it('loads each note file once, and the links of the vault and your notes together', async () => {
    const source = memorySource([BEES])
    const note = vi.spyOn(source, 'note')
    const library = createLibraryStore({ source, shelf: createMemoryShelf([own(MINE)]) })
    await library.getState().start()
    await Promise.all([library.getState().loadNote('bees'), library.getState().loadNote('bees')])
    expect(note).toHaveBeenCalledTimes(1)
    const keys = [linkKey('Smokers')]
    expect(linksTo(library.getState(), keys)).toBeNull()
    await library.getState().loadLinks(keys)
    expect(linksTo(library.getState(), keys)?.map((l) => [l.from, l.target])).toEqual([
      ['bees', 'Smokers'],
      ['my-bees', 'bees'],
    ])
  })

  it('fetches a note anew once the dev server says its file was edited, and counts the edits', async () => {
    const source = memorySource([BEES])
    const note = vi.spyOn(source, 'note')
    const library = createLibraryStore({ source, shelf: createMemoryShelf() })
    await library.getState().start()
    await library.getState().loadNote('bees')
    expect(library.getState().edits).toEqual({})
    library.getState().noteEdited('bees')
    library.getState().noteEdited('bees')
    expect(library.getState().edits).toEqual({ bees: 2 })
    await library.getState().loadNote('bees')
    expect(note).toHaveBeenCalledTimes(2)
    // A name no vault note has changes nothing but its count.
    library.getState().noteEdited('wasps')
    expect(library.getState().edits).toEqual({ bees: 2, wasps: 1 })
  })

  it('loads only the shards that hold links to the keys asked for, each once', async () => {
    const source = memorySource([BEES, MINE], 64)
    const links = vi.spyOn(source, 'links')
    const library = createLibraryStore({ source, shelf: createMemoryShelf() })
    await library.getState().start()
    const [smokers, bees] = [linkKey('Smokers'), linkKey('bees')]
    // Two names in two shards (the test would prove nothing if they shared one).
    expect(shardOfKey(smokers, 64)).not.toBe(shardOfKey(bees, 64))
    await Promise.all([
      library.getState().loadLinks([smokers]),
      library.getState().loadLinks([smokers]),
    ])
    expect(links.mock.calls).toEqual([[`links/${shardOfKey(smokers, 64)}.json`]])
    expect(linksTo(library.getState(), [smokers])?.map((l) => l.target)).toEqual(['Smokers'])
    expect(linksTo(library.getState(), [smokers, bees])).toBeNull()
    await library.getState().loadLinks([smokers, bees])
    expect(links).toHaveBeenCalledTimes(2)
    expect(
      linksTo(library.getState(), [bees, smokers])
        ?.map((l) => l.target)
        .toSorted(),
    ).toEqual(['Smokers', 'bees'])
  })

  it('tries a shard again after it failed to load', async () => {
    const source = memorySource([BEES])
    const links = vi.spyOn(source, 'links').mockRejectedValueOnce(new Error('offline'))
    const library = createLibraryStore({ source, shelf: createMemoryShelf() })
    await library.getState().start()
    const keys = [linkKey('Smokers')]
    await expect(library.getState().loadLinks(keys)).rejects.toThrow('offline')
    expect(linksTo(library.getState(), keys)).toBeNull()
    await library.getState().loadLinks(keys)
    expect(links).toHaveBeenCalledTimes(2)
    expect(linksTo(library.getState(), keys)?.map((l) => l.from)).toEqual(['bees'])
  })

  it('says why the vault could not load, and tries again when asked', async () => {
    const source = memorySource([BEES])
    const manifest = vi
      .spyOn(source, 'manifest')
      .mockRejectedValueOnce(new Error('Could not load the list of notes: offline'))
    const library = createLibraryStore({ source, shelf: createMemoryShelf() })
    await library.getState().start()
    expect(library.getState()).toMatchObject({
      status: 'failed',
      problem: 'Could not load the list of notes: offline',
    })
    await library.getState().start()
    expect(manifest).toHaveBeenCalledTimes(2)
    expect(library.getState().status).toBe('ready')
  })

  it('keeps your notes for this visit when the browser will not store them, and says so', async () => {
    const shelf: OwnNoteShelf = {
      ...createMemoryShelf(),
      put: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
    }
    const library = createLibraryStore({ source: memorySource([BEES]), shelf })
    await library.getState().start()
    await library.getState().keepOwn([own(MINE)])
    expect(library.getState().entryOf('my-bees')?.origin).toBe('own')
    expect(library.getState().shelfProblem).toBe(
      'This browser would not keep the note (its storage is full). It is open for this visit only.',
    )
  })

  it('opens the library without your notes when they cannot be read, and says so', async () => {
    const shelf: OwnNoteShelf = {
      ...createMemoryShelf(),
      list: () => Promise.resolve({ notes: [own(MINE)], unreadable: 2 }),
    }
    const library = createLibraryStore({ source: memorySource([BEES]), shelf })
    await library.getState().start()
    expect(library.getState().entries).toHaveLength(2)
    expect(library.getState().shelfProblem).toBe(
      '2 of your notes kept in this browser could not be read and were skipped.',
    )
  })

  it('replaces an own note opened again, removes one, and names files around the vault', async () => {
    const library = libraryOf([BEES])
    await library.getState().start()
    expect(library.getState().ownSlugFor('bees.md')).toBe('bees-2')
    expect(library.getState().ownSlugFor('my-bees.md')).toBe('my-bees')
    await library.getState().keepOwn([own(MINE)])
    await library.getState().keepOwn([own(MINE)])
    expect(library.getState().own).toHaveLength(1)
    const keys = [linkKey('Smokers')]
    await library.getState().loadLinks(keys)
    expect(linksTo(library.getState(), keys)?.map((l) => l.from)).toEqual(['bees', 'my-bees'])
    await library.getState().removeOwn('my-bees')
    expect(library.getState().entryOf('my-bees')).toBeNull()
    expect(linksTo(library.getState(), keys)?.map((l) => l.from)).toEqual(['bees'])
  })

  it('finds your own notes in the search, opened before or after it loads, and not once removed', async () => {
    const library = libraryOf([BEES])
    await library.getState().start()
    await library.getState().keepOwn([own(MINE)])
    const search = await library.getState().loadSearch()
    expect(search.search('calm').map((hit) => hit.slug)).toEqual(['my-bees'])
    const version = library.getState().searchVersion
    const LATER = compile(
      'later',
      '---\ntitle: Later\nvideoId: Bb000000003\n---\n\nThe bees calm down <a class="yt-timestamp" data-t="3:00">[3:00]</a>.\n',
    )
    await library.getState().keepOwn([own(LATER)])
    await vi.waitFor(() => expect(library.getState().searchVersion).toBeGreaterThan(version))
    expect(
      search
        .search('calm')
        .map((hit) => hit.slug)
        .toSorted(),
    ).toEqual(['later', 'my-bees'])
    await library.getState().removeOwn('my-bees')
    await vi.waitFor(() => expect(search.search('calm').map((hit) => hit.slug)).toEqual(['later']))
  })
})
