import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { notes } from 'virtual:lockstep-notes'
import './index.css'
import { App } from './ui/app.tsx'
import { ErrorBoundary } from './ui/error-boundary.tsx'

const root = document.getElementById('root')
if (!root) throw new Error('index.html must have a <div id="root"> for Lockstep to mount into.')

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary what="the note">
      <App library={notes} />
    </ErrorBoundary>
  </StrictMode>,
)
