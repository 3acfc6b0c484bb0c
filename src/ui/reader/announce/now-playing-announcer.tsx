import { type ReactNode, useEffect, useRef } from 'react'
import { useReaderStore } from '../../../store/use-reader.ts'

/** At most one announcement this often; a claim that comes sooner waits, and the latest wins. */
export const ANNOUNCE_EVERY_MS = 2000
/** How much of a claim is read out: enough to know where the video is. */
const MAX_CHARS = 120

/** A claim's text cut to about 120 characters, at a word where it can be. */
export function shortenForSpeech(text: string): string {
  if (text.length <= MAX_CHARS) return text
  const cut = text.slice(0, MAX_CHARS)
  const space = cut.lastIndexOf(' ')
  return `${(space > MAX_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/**
 * A visually hidden polite live region that tells a screen reader the claim
 * now playing: when the primary claim changes while the video plays, at most
 * once every two seconds. Silent while paused, and when switched off in the
 * help dialog. Written straight to the DOM from a store subscription.
 */
export function NowPlayingAnnouncer(): ReactNode {
  const store = useReaderStore()
  const region = useRef<HTMLDivElement>(null)
  useEffect(() => {
    let last = -Infinity
    let timer: number | undefined
    const say = () => {
      timer = undefined
      const { primaryId, playing, settings, claimsById } = store.getState()
      const claim = primaryId === null ? undefined : claimsById.get(primaryId)
      if (!claim || !playing || !settings.announce || !region.current) return
      region.current.textContent = shortenForSpeech(claim.text)
      last = Date.now()
    }
    const unsubscribe = store.subscribe((next, previous) => {
      if (!next.settings.announce && region.current) region.current.textContent = ''
      if (next.primaryId === previous.primaryId || next.primaryId === null) return
      if (!next.playing || !next.settings.announce || timer !== undefined) return
      const wait = last + ANNOUNCE_EVERY_MS - Date.now()
      if (wait <= 0) say()
      else timer = window.setTimeout(say, wait)
    })
    return () => {
      unsubscribe()
      window.clearTimeout(timer)
    }
  }, [store])
  return <div ref={region} aria-live="polite" data-now-playing="" className="sr-only" />
}
