import type { ClaimId } from '../note/model.ts'
import type { Player, PlayerEvent, PlayerFailure } from '../player/player.ts'
import type { ReaderStore } from '../store/reader-store.ts'
import { toSeconds, type Seconds } from '../time/seconds.ts'
import { resolveReportedTime, type PendingSeek } from './resolve-reported-time.ts'
import type { Schedule } from './schedule.ts'

/** How often time is read while paused, so scrubbing in YouTube's own controls is followed. */
const PAUSED_POLL_MS = 500
/** A change of time this much beyond what playback explains is a seek made elsewhere. */
const JUMP_SECONDS = 1.5

export interface PlaybackCommands {
  /** Hands the note a player; the previous one is let go (not destroyed: its owner does that). */
  attach(player: Player): void
  /** Swaps to the clock player because YouTube cannot play, and says why. */
  fallBack(failure: PlayerFailure, clock: Player): void
  /**
   * YouTube got ready after the note had fallen back (it was only slow): it
   * takes over from the clock at the note's time, playing if the clock was.
   * The clock is let go; its owner destroys it.
   */
  recover(player: Player): void
  play(): void
  pause(): void
  toggle(): void
  /**
   * Seeks and moves the highlight at once; plays when asked, else keeps the play state.
   * `chosen` marks the claim the reader picked.
   */
  seek(t: number, options?: { readonly chosen?: ClaimId | null; readonly play?: boolean }): void
  seekBy(delta: number): void
  stepRate(direction: 1 | -1): void
  player(): Player | null
  /** Reads the player now: after the tab comes back, say. */
  resync(): void
  /** Lets the player go and stops reading time; a later attach starts again. */
  detach(): void
}

/**
 * Keeps the note in step with a player: one frame loop on the schedule while
 * playing, a slow poll while paused. The schedule is injected: tests drive it
 * by hand, the highlight-lag benchmark's baseline polls every 250 ms with it.
 */
export function createPlaybackSync(store: ReaderStore, schedule: Schedule): PlaybackCommands {
  const { clock } = store.getState()
  let player: Player | null = null
  let unsubscribe: (() => void) | null = null
  let pending: PendingSeek | null = null
  let last = { time: clock.now() as number, at: schedule.now() }
  let frame: number | null = null
  let poll: number | null = null
  // An unstarted YouTube player reports 0, not the moment it is cued at: until it
  // has played or been sought, the note's own start time stands.
  let started = false
  // What the reader asked for before any player was ready: done when one is.
  let waiting: { seek: Seconds | null; play: boolean } = { seek: null, play: false }

  function tick(): void {
    if (!player || !started) return
    const playing = player.isPlaying()
    const nowMs = schedule.now()
    const resolved = resolveReportedTime(
      player.currentTime(),
      pending,
      nowMs,
      playing ? player.rate() : 0,
    )
    if (resolved.settled) pending = null
    const time = toSeconds(Math.max(0, resolved.time))
    const explained = last.time + (playing ? ((nowMs - last.at) / 1000) * player.rate() : 0)
    // A seek made in YouTube's own controls: the reader's last choice no longer holds.
    if (!pending && Math.abs(time - explained) > JUMP_SECONDS) store.getState().choose(null)
    last = { time, at: nowMs }
    store.getState().applyTime(time)
    // Last: a clock listener may seek (the guided tour does), and its time must stand.
    clock.set(time)
  }

  function loop(): void {
    tick()
    frame = player?.isPlaying() ? schedule.requestFrame(loop) : null
    if (frame === null) schedulePolling()
  }

  function schedulePolling(): void {
    stopTimers()
    if (player?.isPlaying()) frame = schedule.requestFrame(loop)
    else poll = schedule.setInterval(tick, PAUSED_POLL_MS)
  }

  function stopTimers(): void {
    if (frame !== null) schedule.cancelFrame(frame)
    if (poll !== null) schedule.clearInterval(poll)
    frame = poll = null
  }

  function onPlayerEvent(event: PlayerEvent): void {
    const state = store.getState()
    switch (event.type) {
      case 'ready':
        state.setPlayerState({ duration: event.duration, rate: player?.rate() ?? 1 })
        if (player?.kind === 'youtube') state.setPlayerState({ status: 'ready' })
        break
      case 'playing':
        started = true
        state.setPlayerState({ playing: true })
        break
      case 'buffering':
        break
      case 'paused':
      case 'ended':
        state.setPlayerState({ playing: false })
        break
      case 'rate':
        state.setPlayerState({ rate: event.rate })
        break
      case 'duration':
        state.setPlayerState({ duration: event.duration })
        break
      case 'failed':
        // The owner of the player decides what stands in; see fallBack.
        break
    }
    tick()
    schedulePolling()
  }

  const commands: PlaybackCommands = {
    attach(next) {
      unsubscribe?.()
      player = next
      unsubscribe = next.subscribe(onPlayerEvent)
      pending = null
      started = next.isPlaying()
      last = { time: clock.now(), at: schedule.now() }
      schedulePolling()
      const asked = waiting
      waiting = { seek: null, play: false }
      if (asked.seek !== null) commands.seek(asked.seek, { play: asked.play })
      else if (asked.play) next.play()
    },
    fallBack(failure, clockPlayer) {
      const at = clock.now()
      store.getState().setPlayerState({ status: 'fallback', failure, playing: false })
      commands.attach(clockPlayer)
      clockPlayer.seekTo(at)
      clockPlayer.pause()
    },
    recover(next) {
      const at = clock.now()
      const wasPlaying = player?.isPlaying() ?? false
      store.getState().setPlayerState({ status: 'ready', failure: null })
      commands.attach(next)
      commands.seek(at, { play: wasPlaying })
    },
    play: () => (player ? player.play() : (waiting = { ...waiting, play: true })),
    pause: () => (player ? player.pause() : (waiting = { ...waiting, play: false })),
    toggle() {
      if (!player) waiting = { ...waiting, play: !waiting.play }
      else if (player.isPlaying()) player.pause()
      else player.play()
    },
    seek(t, options = {}) {
      const duration = store.getState().duration
      const target = toSeconds(Math.min(Math.max(0, t), duration ?? Infinity))
      if (options.chosen !== undefined) store.getState().choose(options.chosen)
      started = true
      pending = { target, at: schedule.now() }
      last = { time: target, at: schedule.now() }
      clock.set(target)
      store.getState().applyTime(target)
      if (!player) {
        waiting = { seek: target, play: options.play ?? waiting.play }
        return
      }
      const wasPlaying = player.isPlaying()
      player.seekTo(target)
      // YouTube starts an unstarted video on seekTo; a seek that was not asked to play keeps it paused.
      if (options.play) player.play()
      else if (!wasPlaying) player.pause()
      schedulePolling()
    },
    seekBy: (delta) => commands.seek(clock.now() + delta),
    stepRate(direction) {
      if (!player) return
      const rates = player.availableRates()
      const at = rates.findIndex((rate) => rate >= player!.rate() - 1e-9)
      const next =
        rates[
          Math.min(rates.length - 1, Math.max(0, (at === -1 ? rates.length - 1 : at) + direction))
        ]
      if (next !== undefined) player.setRate(next)
    },
    player: () => player,
    resync: () => tick(),
    detach() {
      stopTimers()
      unsubscribe?.()
      player = null
      unsubscribe = null
    },
  }
  return commands
}
