import { createContext, useContext } from 'react'
import type { PlaybackCommands } from '../../sync/playback-sync.ts'

export const PlaybackContext = createContext<PlaybackCommands | null>(null)

/** The commands that move the video: play, pause, seek… */
export function usePlayback(): PlaybackCommands {
  const commands = useContext(PlaybackContext)
  if (!commands)
    throw new Error('usePlayback needs a <PlaybackContext value={createPlaybackSync(…)}> above it.')
  return commands
}
