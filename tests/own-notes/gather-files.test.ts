import { describe, expect, it } from 'vitest'
import { filesChosen, folderChosen, isFolderNote } from '../../src/own-notes/gather-files.ts'

/** A file as a folder picker gives it: named, with its path inside the folder. */
const file = (path: string) =>
  Object.assign(new File(['# x'], path.slice(path.lastIndexOf('/') + 1)), {
    webkitRelativePath: path,
  })

describe('the notes of a folder', () => {
  it.each([
    ['vault/tides.md', true],
    ['vault/rivers/Meanders.MARKDOWN', true],
    ['vault/.obsidian/workspace.md', false],
    ['vault/.trash/old.md', false],
    ['vault/node_modules/pkg/readme.md', false],
    ['vault/.hidden-note.md', false],
    ['vault/rivers/diagram.png', false],
    ['vault/todo.txt', false],
    ['vault/board.canvas', false],
  ])('%s counts: %s', (path, counts) => {
    expect(isFolderNote(path)).toBe(counts)
  })

  it('keeps the notes of a chosen folder in path order, named by their paths', () => {
    const chosen = folderChosen([
      file('vault/rivers/meanders.md'),
      file('vault/.obsidian/workspace.md'),
      file('vault/estuaries.md'),
      file('vault/rivers/diagram.png'),
    ])
    expect(chosen.map((s) => s.path)).toEqual(['vault/estuaries.md', 'vault/rivers/meanders.md'])
  })

  it('opens or refuses every file chosen on its own, whatever its kind', () => {
    const chosen = filesChosen([new File(['x'], 'photo.png'), new File(['# x'], 'tides.md')])
    expect(chosen.map((s) => s.path)).toEqual(['photo.png', 'tides.md'])
  })
})
