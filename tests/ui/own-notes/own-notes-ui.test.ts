import { describe, expect, it, vi } from 'vitest'
import { createParseClient } from '../../../src/own-notes/parse-client.ts'
import { createOwnNotesUi } from '../../../src/ui/own-notes/own-notes-ui.ts'
import { libraryOf } from '../../support/library-of.ts'
import { fakeParseWorker } from '../../own-notes/fake-parse-worker.ts'
import { ownNoteOf, TIDES } from '../../own-notes/own-note-of.ts'

const ESTUARY = `---
title: Estuaries
videoId: Qq0000000C3
---

Salt water slides under fresh water <a class="yt-timestamp" data-t="00:03:00">[00:03:00]</a>.
`

const source = (path: string, text: string | Uint8Array<ArrayBuffer>, type = 'text/markdown') => ({
  path,
  file: new File([text], path.slice(path.lastIndexOf('/') + 1), { type }),
})

async function setUp() {
  const library = libraryOf([ownNoteOf(TIDES, 'vault-tides').note])
  await library.getState().start()
  const navigate = vi.fn<(href: string) => void>()
  const ui = createOwnNotesUi({
    library,
    loadParser: () => Promise.resolve(createParseClient({ spawn: () => fakeParseWorker() })),
    navigate,
    whereNow: () => '#/',
  })
  return { library, ui, navigate }
}

describe('opening your own notes', () => {
  it('shows one opened note at once', async () => {
    const { library, ui, navigate } = await setUp()
    await ui.getState().open([source('tide-tables.md', TIDES)])
    expect(navigate).toHaveBeenCalledExactlyOnceWith('#/n/tide-tables')
    expect(library.getState().entryOf('tide-tables')).toMatchObject({ origin: 'own' })
    expect(ui.getState()).toMatchObject({ progress: null, refusals: [], notice: null })
  })

  it('does not take the reader away from where they went while the note was read', async () => {
    const library = libraryOf([])
    await library.getState().start()
    const navigate = vi.fn<(href: string) => void>()
    let hash = '#/'
    const gate: { open?: () => void } = {}
    const parserStarted = new Promise<void>((resolve) => {
      gate.open = resolve
    })
    const ui = createOwnNotesUi({
      library,
      // The parser arrives only when the test says so: the reader moves on meanwhile.
      loadParser: async () => {
        await parserStarted
        return createParseClient({ spawn: () => fakeParseWorker() })
      },
      navigate,
      whereNow: () => hash,
    })
    const opening = ui.getState().open([source('tide-tables.md', TIDES)])
    await vi.waitFor(() => expect(ui.getState().progress).not.toBeNull())
    hash = '#/n/somewhere-else'
    gate.open?.()
    await opening
    expect(navigate).not.toHaveBeenCalled()
    expect(library.getState().entryOf('tide-tables')).toMatchObject({ origin: 'own' })
  })

  it('shows the library after opening several, and says how many', async () => {
    const { library, ui, navigate } = await setUp()
    await ui.getState().open([source('a/tides.md', TIDES), source('b/estuaries.md', ESTUARY)])
    expect(navigate).toHaveBeenCalledExactlyOnceWith('#/')
    expect(ui.getState().notice).toBe('Opened 2 notes')
    expect(library.getState().own.map((o) => o.note.doc.slug)).toEqual(['tides', 'estuaries'])
  })

  it('lists each file it refused with why, and opens the rest', async () => {
    const { ui, navigate } = await setUp()
    await ui
      .getState()
      .open([
        source('photo.png', new Uint8Array([0x89, 0x50]), 'image/png'),
        source('empty.md', ''),
        source('nul.md', new Uint8Array([0x41, 0x00])),
        source('tides.md', TIDES),
      ])
    expect(ui.getState().refusals).toEqual([
      { name: 'photo.png', reason: 'an image, not a markdown note' },
      { name: 'empty.md', reason: 'the file is empty' },
      { name: 'nul.md', reason: 'a binary file, not text' },
    ])
    expect(navigate).toHaveBeenCalledExactlyOnceWith('#/n/tides')
  })

  it('goes nowhere when nothing could be opened', async () => {
    const { ui, navigate } = await setUp()
    await ui.getState().open([source('photo.png', 'x', 'image/png')])
    expect(navigate).not.toHaveBeenCalled()
    expect(ui.getState().refusals).toHaveLength(1)
  })

  it('gives a file named like a vault note a slug of its own', async () => {
    const { library, ui, navigate } = await setUp()
    await ui.getState().open([source('vault-tides.md', TIDES)])
    expect(navigate).toHaveBeenCalledWith('#/n/vault-tides-2')
    expect(library.getState().entries.map((e) => e.slug)).toEqual(['vault-tides', 'vault-tides-2'])
  })

  it('opens pasted text that looks like a note, named by its title, and ignores a stray paste', async () => {
    const { ui, navigate } = await setUp()
    await ui.getState().openPasted('a few words')
    expect(navigate).not.toHaveBeenCalled()
    await ui.getState().openPasted(TIDES)
    expect(navigate).toHaveBeenCalledExactlyOnceWith('#/n/reading-a-tide-table')
  })

  it('says the reader could not start when the worker cannot be loaded', async () => {
    const library = libraryOf([])
    await library.getState().start()
    const ui = createOwnNotesUi({
      library,
      loadParser: () => Promise.reject(new Error('Failed to fetch the module')),
      navigate: () => {},
      whereNow: () => '#/',
    })
    await ui.getState().open([source('tides.md', TIDES)])
    expect(ui.getState().refusals).toEqual([
      {
        name: 'tides.md',
        reason: 'Lockstep’s reader could not start (Failed to fetch the module)',
      },
    ])
  })
})

describe('removing your own note', () => {
  it('takes it out of the library, and Undo puts it back', async () => {
    const { library, ui } = await setUp()
    await ui.getState().open([source('tides.md', TIDES)])
    await ui.getState().remove('tides')
    expect(library.getState().entryOf('tides')).toBeNull()
    expect(ui.getState().removed?.note.doc.title).toBe('Reading a tide table')
    await ui.getState().undoRemove()
    expect(library.getState().entryOf('tides')?.title).toBe('Reading a tide table')
    expect(ui.getState().removed).toBeNull()
  })
})
