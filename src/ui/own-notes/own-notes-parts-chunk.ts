export { DropOverlay } from './drop-overlay.tsx'
export { OwnNotesStatusCards } from './own-notes-status.tsx'
