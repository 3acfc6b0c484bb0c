import { useEffect, useState } from 'react'
import type { ClaimId, NoteDocument } from '../../note/model.ts'
import { createReaderStore, type ReaderStore } from '../../store/reader-store.ts'
import { browserStorage, loadPosition, savePosition } from '../../store/saved-position.ts'
import {
  createPlaybackSync,
  type PlaybackCommands,
  type TimeLoopMode,
} from '../../sync/playback-sync.ts'
import { createGuidedTour, type GuidedTour } from '../../sync/guided-tour.ts'
import { browserSchedule } from '../../sync/schedule.ts'
import type { Seconds } from '../../time/seconds.ts'
import type { Route } from '../route.ts'

export interface ReaderSession {
  readonly store: ReaderStore
  readonly playback: PlaybackCommands
  readonly tour: GuidedTour
  readonly startAt: Seconds
  /** The claim a `?claim=` link asked for, to be shown once the note is on screen. */
  readonly linkedClaim: ClaimId | null
}

const SAVE_EVERY_MS = 5000

/**
 * One reading of one note: its store and the sync with the player. Where it
 * starts: the link's `?t=` or `?claim=`, else where the reader left it.
 */
export function useReaderSession(doc: NoteDocument, route: Route): ReaderSession {
  const [session] = useState(() => startSession(doc, route))
  const { store, playback, tour } = session

  useEffect(() => {
    const resync = () => {
      if (document.visibilityState === 'visible') playback.resync()
    }
    document.addEventListener('visibilitychange', resync)
    return () => {
      document.removeEventListener('visibilitychange', resync)
      tour.stop()
      playback.detach()
    }
  }, [playback, tour])

  useEffect(() => {
    const save = () => {
      const { clock, follow } = store.getState()
      savePosition(browserStorage(), doc.slug, { t: clock.now(), follow })
    }
    const timer = window.setInterval(save, SAVE_EVERY_MS)
    const unsubscribe = store.subscribe((next, previous) => {
      if (next.follow !== previous.follow || next.playing !== previous.playing) save()
    })
    window.addEventListener('pagehide', save)
    return () => {
      save()
      window.clearInterval(timer)
      unsubscribe()
      window.removeEventListener('pagehide', save)
    }
  }, [store, doc.slug])

  return session
}

function startSession(doc: NoteDocument, route: Route): ReaderSession {
  const saved = loadPosition(browserStorage(), doc.slug)
  const linked = doc.claims.find((claim) => claim.id === route.claim) ?? null
  const startAt = route.t ?? linked?.citations[0]?.seconds ?? saved.t
  const store = createReaderStore(doc, { startAt, follow: saved.follow })
  if (linked) {
    store.getState().choose(linked.id)
    store.getState().setCursor(linked.id)
  }
  const playback = createPlaybackSync(store, browserSchedule, timeLoopMode())
  return {
    store,
    playback,
    tour: createGuidedTour(store, playback),
    startAt,
    linkedClaim: linked?.id ?? null,
  }
}

/**
 * `?timeLoop=poll-250` in the page URL (not the hash) reads time every 250 ms
 * instead of every frame. It exists for the highlight-lag benchmark's baseline.
 */
function timeLoopMode(): TimeLoopMode {
  return new URLSearchParams(window.location.search).get('timeLoop') === 'poll-250'
    ? 'poll-250'
    : 'frame'
}
