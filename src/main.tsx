import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './index.css'
import { App } from './ui/app.tsx'
import { ErrorBoundary } from './ui/error-boundary.tsx'
import { browserStorage } from './store/saved-position.ts'
import { loadSettings } from './store/settings.ts'
import { applyTheme, followSystemTheme } from './ui/theme.ts'

// Temporary: virtual:lockstep-notes is gone (issue 8); main.tsx is being rewritten to load the manifest.
const notes: never[] = []

const root = document.getElementById('root')
if (!root) throw new Error('index.html must have a <div id="root"> for Lockstep to mount into.')

// The reader's store holds the settings while a note is open; the theme is needed before.
const savedTheme = () => loadSettings(browserStorage()).theme
applyTheme(savedTheme())
followSystemTheme(savedTheme)

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary what="the note">
      <App library={notes} audience={import.meta.env.DEV ? 'author' : 'reader'} />
    </ErrorBoundary>
  </StrictMode>,
)
