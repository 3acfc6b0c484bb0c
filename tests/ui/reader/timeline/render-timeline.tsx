import { render } from '@testing-library/react'
import { Profiler } from 'react'
import { vi } from 'vitest'
import type { ClaimId } from '../../../../src/note/model.ts'
import { type ReaderStore, createReaderStore } from '../../../../src/store/reader-store.ts'
import { ReaderStoreContext } from '../../../../src/store/use-reader.ts'
import type { PlaybackCommands } from '../../../../src/sync/playback-sync.ts'
import { toSeconds } from '../../../../src/time/seconds.ts'
import { PlaybackContext } from '../../../../src/ui/reader/playback-context.ts'
import { Timeline } from '../../../../src/ui/reader/timeline/timeline.tsx'
import { sampleDoc } from '../../../support/sample-note.ts'

type SeekOptions = { readonly chosen?: ClaimId | null; readonly play?: boolean }

/**
 * Renders the timeline over a fresh store with stub commands whose seek moves
 * the clock and the highlight, as the real one does before the player catches up.
 */
export function renderTimeline(duration: number | null = 10_000) {
  const store: ReaderStore = createReaderStore(sampleDoc())
  if (duration !== null) store.getState().setPlayerState({ duration: toSeconds(duration) })
  const seek = vi.fn<PlaybackCommands['seek']>((t: number, options: SeekOptions = {}) => {
    if (options.chosen !== undefined) store.getState().choose(options.chosen)
    store.getState().clock.set(toSeconds(t))
    store.getState().applyTime(toSeconds(t))
  })
  const playback = new Proxy({ seek } as Partial<PlaybackCommands>, {
    get: (target, key: keyof PlaybackCommands) => target[key] ?? vi.fn<() => void>(),
  }) as PlaybackCommands
  const renders = { count: 0 }
  render(
    <ReaderStoreContext value={store}>
      <PlaybackContext value={playback}>
        <Profiler id="timeline" onRender={() => void renders.count++}>
          <Timeline />
        </Profiler>
      </PlaybackContext>
    </ReaderStoreContext>,
  )
  return { store, seek, renders }
}
