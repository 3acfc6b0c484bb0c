import { useEffect, useState } from 'react'
import type { NoteDocument } from '../../note/model.ts'
import { createReaderStore, type ReaderStore } from '../../store/reader-store.ts'
import { browserStorage, loadPosition, savePosition } from '../../store/saved-position.ts'
import { createGoToClaim, type GoToClaim } from '../../sync/go-to-claim.ts'
import { createPlaybackSync, type PlaybackCommands } from '../../sync/playback-sync.ts'
import { createGuidedTour, type GuidedTour } from '../../sync/guided-tour.ts'
import { browserSchedule } from '../../sync/schedule.ts'
import type { Seconds } from '../../time/seconds.ts'
import type { Route } from '../route.ts'

export interface ReaderSession {
  readonly store: ReaderStore
  readonly playback: PlaybackCommands
  readonly goToClaim: GoToClaim
  readonly tour: GuidedTour
  readonly startAt: Seconds
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
      tour.dispose()
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
  const storage = browserStorage()
  const saved = loadPosition(storage, doc.slug)
  const linked = doc.claims.find((claim) => claim.id === route.claim) ?? null
  const startAt = route.t ?? linked?.citations[0]?.seconds ?? saved.t
  const store = createReaderStore(doc, { startAt, follow: saved.follow, storage })
  const playback = createPlaybackSync(store, browserSchedule)
  const goToClaim = createGoToClaim(store, playback)
  // The player is cued at startAt: the linked claim is only chosen and shown.
  if (linked) goToClaim(linked.id, { seek: false, reveal: 'center', focus: true })
  return {
    store,
    playback,
    goToClaim,
    tour: createGuidedTour(store, playback, goToClaim),
    startAt,
  }
}
