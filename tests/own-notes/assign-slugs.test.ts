import { describe, expect, it } from 'vitest'
import { assignSlugs, baseName } from '../../src/own-notes/assign-slugs.ts'
import { libraryOf } from '../support/library-of.ts'
import { ownNoteOf, TIDES } from './own-note-of.ts'

const withoutEnding = (name: string) => name.replace(/\.md$/, '')

describe('assignSlugs', () => {
  it('names each note by its file name, without the folder or the ending', async () => {
    const library = libraryOf([])
    await library.getState().start()
    const slugFor = library.getState().ownSlugFor
    expect(assignSlugs(['tides.md', 'rivers/Meanders.markdown', 'notes.txt'], slugFor)).toEqual([
      'tides',
      'Meanders',
      'notes',
    ])
  })

  it('steps aside from a vault note of the same name', async () => {
    const library = libraryOf([ownNoteOf(TIDES, 'tides').note])
    await library.getState().start()
    expect(assignSlugs(['tides.md'], library.getState().ownSlugFor)).toEqual(['tides-2'])
  })

  it('keeps two files of one folder with the same name apart', () => {
    expect(assignSlugs(['a/index.md', 'b/index.md', 'index-2.md'], withoutEnding)).toEqual([
      'index',
      'index-2',
      'index-2-2',
    ])
  })

  it('gives the same file name the same slug in a later opening, so it replaces the note', async () => {
    const library = libraryOf([])
    await library.getState().start()
    await library.getState().keepOwn([ownNoteOf(TIDES, 'tides')])
    expect(assignSlugs(['tides.md'], library.getState().ownSlugFor)).toEqual(['tides'])
  })

  it.each([
    ['tides.md', 'tides.md'],
    ['vault/rivers/meanders.md', 'meanders.md'],
  ])('baseName(%s) is %s', (path, name) => {
    expect(baseName(path)).toBe(name)
  })
})
