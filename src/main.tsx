import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { manifestUrl } from 'virtual:lockstep-library'
import './index.css'
import { createLibraryStore } from './library/library-store.ts'
import { createFetchSource, NOTE_EDITED_EVENT } from './library/vault-source.ts'
import { createBrowserShelf } from './own-notes/browser-shelf.ts'
import { App } from './ui/app.tsx'
import { ErrorBoundary } from './ui/error-boundary.tsx'
import { browserStorage } from './store/saved-position.ts'
import { loadSettings } from './store/settings.ts'
import { applyTheme, followSystemTheme } from './ui/theme.ts'

const root = document.getElementById('root')
if (!root) throw new Error('index.html must have a <div id="root"> for Lockstep to mount into.')

// The reader's store holds the settings while a note is open; the theme is needed before.
const savedTheme = () => loadSettings(browserStorage()).theme
applyTheme(savedTheme())
followSystemTheme(savedTheme)

const library = createLibraryStore({
  source: createFetchSource(manifestUrl),
  shelf: createBrowserShelf(),
})

// Dev: an edited note is read again in place. Its fetch brings the overlay back if it still has an error.
import.meta.hot?.on(NOTE_EDITED_EVENT, (data: { readonly slug: string }) => {
  for (const overlay of document.querySelectorAll('vite-error-overlay'))
    (overlay as HTMLElement & { close(): void }).close()
  library.getState().noteEdited(data.slug)
})

// The first render as a transition: React renders it in slices that yield to
// the browser, instead of one long task while the page loads.
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary what="the page">
        <App library={library} audience={import.meta.env.DEV ? 'author' : 'reader'} />
      </ErrorBoundary>
    </StrictMode>,
  )
})
