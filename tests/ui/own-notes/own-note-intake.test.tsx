// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { LibraryStore } from '../../../src/library/library-store.ts'
import { LibraryStoreContext } from '../../../src/ui/library-context.ts'
import { OpenNotesButton } from '../../../src/ui/own-notes/open-notes-button.tsx'
import { OwnNoteIntake } from '../../../src/ui/own-notes/own-note-intake.tsx'
import { ownNotesUiOf } from '../../../src/ui/own-notes/own-notes-ui.ts'
import { RemoveOwnNoteButton } from '../../../src/ui/own-notes/remove-own-note-button.tsx'
import { libraryOf } from '../../support/library-of.ts'
import { ownNoteOf, TIDES } from '../../own-notes/own-note-of.ts'

async function renderIntake(library: LibraryStore = libraryOf([], [ownNoteOf(TIDES, 'tides')])) {
  await library.getState().start()
  render(
    <LibraryStoreContext value={library}>
      <OpenNotesButton />
      <RemoveOwnNoteButton slug="tides" />
      <label>
        Search
        <input />
      </label>
      <OwnNoteIntake />
    </LibraryStoreContext>,
  )
  return library
}

/** A file as the folder picker gives it, from a folder named Pictures. */
const inFolder = (name: string) =>
  Object.assign(new File(['x'], name), { webkitRelativePath: `Pictures/${name}` })

/** A paste event with text, as Ctrl/Cmd+V makes it. */
function paste(target: Element, text: string): void {
  const event = new Event('paste', { bubbles: true, cancelable: true })
  Object.assign(event, {
    clipboardData: { files: [], getData: (type: string) => (type === 'text/plain' ? text : '') },
  })
  fireEvent(target, event)
}

describe('the intake', () => {
  it('keeps a hidden file input for notes and one for a folder on the page', async () => {
    await renderIntake()
    const files = document.querySelector<HTMLInputElement>('input[type="file"][data-open-note]')
    expect(files).toHaveAttribute('multiple')
    expect(files).toHaveAttribute('accept', '.md,.markdown,.txt,text/markdown')
    expect(document.querySelector('[data-open-folder]')).toHaveAttribute('webkitdirectory')
  })

  it('opens the picker from the Open notes button', async () => {
    await renderIntake()
    const input = document.querySelector<HTMLInputElement>('[data-open-note]')!
    const click = vi.spyOn(input, 'click').mockImplementation(() => {})
    await userEvent.click(screen.getByRole('button', { name: 'Open notes' }))
    expect(click).toHaveBeenCalledOnce()
  })

  it('takes a paste outside fields as a possible note, and leaves a paste into a field alone', async () => {
    const library = libraryOf([], [])
    const openPasted = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve())
    ownNotesUiOf(library).setState({ openPasted })
    await renderIntake(library)
    paste(screen.getByRole('textbox', { name: 'Search' }), TIDES)
    expect(openPasted).not.toHaveBeenCalled()
    paste(document.body, TIDES)
    expect(openPasted).toHaveBeenCalledExactlyOnceWith(TIDES)
  })

  it('says so when a chosen folder holds no notes', async () => {
    await renderIntake()
    const folder = document.querySelector<HTMLInputElement>('[data-open-folder]')!
    await userEvent.upload(folder, [inFolder('a.png'), inFolder('b.jpg')])
    expect(await screen.findByText('Not opened:')).toBeInTheDocument()
    expect(document.querySelector('[data-refusal="Pictures"]')).toHaveTextContent(
      'Pictures: no markdown notes in it or its sub-folders.',
    )
  })

  it('shows a drop overlay while files are dragged over the window', async () => {
    await renderIntake()
    const dataTransfer = { types: ['Files'], items: [], files: [] }
    fireEvent.dragEnter(window, { dataTransfer })
    expect(await screen.findByText('Drop to open your notes')).toBeInTheDocument()
    fireEvent.dragLeave(window, { dataTransfer })
    expect(screen.queryByText('Drop to open your notes')).not.toBeInTheDocument()
  })
})

describe('the status panel', () => {
  it('removes a note with an Undo that puts it back', async () => {
    const library = await renderIntake()
    await userEvent.click(
      screen.getByRole('button', { name: 'Remove “Reading a tide table” from your notes' }),
    )
    expect(library.getState().entryOf('tides')).toBeNull()
    expect(await screen.findByText('Removed “Reading a tide table”.')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }))
    expect(library.getState().entryOf('tides')?.title).toBe('Reading a tide table')
    expect(screen.queryByText(/Removed/)).not.toBeInTheDocument()
  })

  it('names each refused file with its reason, until dismissed', async () => {
    const library = libraryOf([], [])
    await renderIntake(library)
    act(() =>
      ownNotesUiOf(library).setState({
        refusals: [
          { name: 'photo.png', reason: 'an image, not a markdown note' },
          {
            name: 'huge.md',
            reason: 'too large to be a note: 50 MB; notes are usually under 1 MB',
          },
        ],
      }),
    )
    expect(await screen.findByText('2 files not opened:')).toBeInTheDocument()
    expect(document.querySelector('[data-refusal="huge.md"]')).toHaveTextContent(
      'huge.md: too large to be a note: 50 MB; notes are usually under 1 MB.',
    )
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByText('2 files not opened:')).not.toBeInTheDocument()
  })

  it('shows the progress of a big file with its stage', async () => {
    const library = libraryOf([], [])
    await renderIntake(library)
    act(() =>
      ownNotesUiOf(library).setState({
        progress: {
          total: 3,
          done: 1,
          current: { name: 'long.md', bytes: 1024 * 1024, stage: 'sending', done: 5, total: 10 },
        },
      }),
    )
    expect(await screen.findByText('Reading 2 of 3 files…')).toBeInTheDocument()
    expect(screen.getByText('1 MB · handing over')).toBeInTheDocument()
    const bar = screen.getByRole('progressbar', { name: 'Reading long.md' })
    expect(bar).toHaveAttribute('aria-valuenow', '93')
  })

  it('says when this browser will not keep notes, until dismissed', async () => {
    const library = libraryOf([], [])
    await renderIntake(library)
    act(() => library.setState({ shelfProblem: 'Notes you open last only this visit.' }))
    expect(await screen.findByText('Notes you open last only this visit.')).toBeInTheDocument()
    expect(document.querySelector('[data-own-notes-status][aria-live="polite"]')).toContainElement(
      screen.getByText('Notes you open last only this visit.'),
    )
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(library.getState().shelfProblem).toBeNull()
  })
})
