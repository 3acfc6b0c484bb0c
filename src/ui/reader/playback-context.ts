import { createContext, useContext } from 'react'
import type { GoToClaim } from '../../sync/go-to-claim.ts'
import type { PlaybackCommands } from '../../sync/playback-sync.ts'

export const PlaybackContext = createContext<PlaybackCommands | null>(null)

/** The commands that move the video: play, pause, seek… */
export function usePlayback(): PlaybackCommands {
  const commands = useContext(PlaybackContext)
  if (!commands)
    throw new Error('usePlayback needs a <PlaybackContext value={createPlaybackSync(…)}> above it.')
  return commands
}

export const GoToClaimContext = createContext<GoToClaim | null>(null)

/** "Go to a claim": the one action behind clicks, chips, links, keys and the tour. */
export function useGoToClaim(): GoToClaim {
  const goToClaim = useContext(GoToClaimContext)
  if (!goToClaim)
    throw new Error('useGoToClaim needs a <GoToClaimContext value={createGoToClaim(…)}> above it.')
  return goToClaim
}
