import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { notes } from 'virtual:lockstep-notes'
import './index.css'
import { App } from './ui/app.tsx'
import { ErrorBoundary } from './ui/error-boundary.tsx'
import { getSettings } from './ui/settings.ts'
import { applyTheme, followSystemTheme } from './ui/theme.ts'

const root = document.getElementById('root')
if (!root) throw new Error('index.html must have a <div id="root"> for Lockstep to mount into.')

applyTheme(getSettings().theme)
followSystemTheme(() => getSettings().theme)

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary what="the note">
      <App library={notes} audience={import.meta.env.DEV ? 'author' : 'reader'} />
    </ErrorBoundary>
  </StrictMode>,
)
