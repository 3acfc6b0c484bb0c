import { type ChangeEvent, type ReactNode, Suspense, useCallback, useEffect } from 'react'
import { filesChosen, folderChosen } from '../../own-notes/gather-files.ts'
import type { NoteSource } from '../../own-notes/open-own-notes.ts'
import { OPEN_FILES_INPUT_ID, OPEN_FOLDER_INPUT_ID } from './open-notes-button.tsx'
import { useLibrary } from '../library-context.ts'
import { DropOverlay, OwnNotesStatusCards, preloadOwnNotesParts } from './own-notes-parts.ts'
import { useOwnNotesUi } from './own-notes-ui.ts'
import { usePasteNote } from './use-paste-note.ts'
import { useWindowDrop } from './use-window-drop.ts'

/** Markdown by name; `text/markdown` for systems that type files. */
const NOTE_TYPES = '.md,.markdown,.txt,text/markdown'

/**
 * Opens your own notes from a file, a folder, a drop or a paste, on every
 * page; shows their progress and problems. The inputs are hidden: the
 * OpenNotesButton and OpenFolderButton stand in for them.
 */
export function OwnNoteIntake(): ReactNode {
  const open = useOwnNotesUi((s) => s.open)
  const openPasted = useOwnNotesUi((s) => s.openPasted)
  const refuse = useOwnNotesUi((s) => s.refuse)
  useEffect(preloadOwnNotesParts, [])
  const onDrop = useCallback(
    (dropped: Promise<NoteSource[]>) =>
      void dropped.then(
        (sources) =>
          sources.length > 0
            ? open(sources)
            : refuse([{ name: 'The dropped folder', reason: 'no markdown notes in it' }]),
        () => refuse([{ name: 'The drop', reason: 'the browser could not read it' }]),
      ),
    [open, refuse],
  )
  const dragging = useWindowDrop(onDrop)
  const onFiles = useCallback((sources: NoteSource[]) => void open(sources), [open])
  const onText = useCallback((text: string) => void openPasted(text), [openPasted])
  usePasteNote({ onText, onFiles })

  const chosen =
    (gather: (files: readonly File[]) => NoteSource[]) =>
    (event: ChangeEvent<HTMLInputElement>) => {
      const input = event.currentTarget
      const files = [...(input.files ?? [])]
      input.value = '' // so choosing the same file again opens it again
      const sources = gather(files)
      const [first] = files
      // A folder of images and canvases opens nothing: say so rather than nothing at all.
      if (sources.length === 0 && first)
        refuse([{ name: folderOf(first), reason: 'no markdown notes in it or its sub-folders' }])
      else void open(sources)
    }

  return (
    <>
      <input
        id={OPEN_FILES_INPUT_ID}
        type="file"
        data-open-note=""
        multiple
        accept={NOTE_TYPES}
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        aria-label="Open notes"
        onChange={chosen(filesChosen)}
      />
      <input
        id={OPEN_FOLDER_INPUT_ID}
        type="file"
        data-open-folder=""
        // React types lack it; Chromium, Firefox and Safari all take a folder with it.
        {...{ webkitdirectory: '' }}
        multiple
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        aria-label="Open a folder of notes"
        onChange={chosen(folderChosen)}
      />
      <Suspense fallback={null}>{dragging && <DropOverlay />}</Suspense>
      <StatusRegion />
    </>
  )
}

/** The chosen folder's name, from the path its files carry. */
function folderOf(file: File): string {
  return file.webkitRelativePath.split('/')[0] || file.name
}

/**
 * The live region is always in the page, so what appears in it is announced;
 * its cards come with the lazy parts, the first time there is something to show.
 * `aria-live` rather than `role="status"`: the reader's own status stays the page's only one.
 */
function StatusRegion(): ReactNode {
  const busy = useOwnNotesUi(
    (s) => s.progress !== null || s.notice !== null || s.refusals.length > 0 || s.removed !== null,
  )
  const problem = useLibrary((s) => s.shelfProblem !== null)
  return (
    <div
      data-own-notes-status=""
      aria-live="polite"
      className="pointer-events-none fixed inset-x-3 bottom-3 z-40 flex flex-col gap-2 sm:inset-x-auto sm:right-4 sm:bottom-4 sm:w-96"
    >
      {(busy || problem) && (
        <Suspense fallback={null}>
          <OwnNotesStatusCards />
        </Suspense>
      )}
    </div>
  )
}
