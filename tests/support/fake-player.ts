import type { Player, PlayerEvent, PlayerListener } from '../../src/player/player.ts'
import { toSeconds, type Seconds } from '../../src/time/seconds.ts'

/**
 * A Player whose reported time the test sets by hand, like YouTube's: it does
 * not move on seekTo until the test says the player caught up.
 */
export class FakePlayer implements Player {
  readonly kind = 'youtube' as const
  reported = 0
  playing = false
  speed = 1
  /** When set, the player reports a seek's target at once, as YouTube does after its next update. */
  catchesUpOnSeek = false
  readonly calls: string[] = []
  private readonly listeners = new Set<PlayerListener>()

  currentTime(): Seconds {
    return toSeconds(this.reported)
  }
  duration(): Seconds | null {
    return toSeconds(3 * 3600)
  }
  isPlaying(): boolean {
    return this.playing
  }
  play(): void {
    this.calls.push('play')
    this.playing = true
    this.emit({ type: 'playing' })
  }
  pause(): void {
    this.calls.push('pause')
    this.playing = false
    this.emit({ type: 'paused' })
  }
  seekTo(seconds: Seconds): void {
    this.calls.push(`seekTo ${seconds}`)
    if (this.catchesUpOnSeek) this.reported = seconds
  }
  setRate(rate: number): void {
    this.calls.push(`setRate ${rate}`)
    this.speed = rate
    this.emit({ type: 'rate', rate })
  }
  rate(): number {
    return this.speed
  }
  availableRates(): readonly number[] {
    return [0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2]
  }
  subscribe(listener: PlayerListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
  destroy(): void {
    this.listeners.clear()
  }
  emit(event: PlayerEvent): void {
    for (const listener of this.listeners) listener(event)
  }
}

/** A schedule the test advances by hand: frames and intervals run only when told. */
export class ManualSchedule {
  time = 0
  private frames = new Map<number, () => void>()
  private intervals = new Map<number, { callback: () => void; ms: number; next: number }>()
  private nextHandle = 1

  now = () => this.time
  requestFrame = (callback: () => void) => {
    const handle = this.nextHandle++
    this.frames.set(handle, callback)
    return handle
  }
  cancelFrame = (handle: number) => void this.frames.delete(handle)
  setInterval = (callback: () => void, ms: number) => {
    const handle = this.nextHandle++
    this.intervals.set(handle, { callback, ms, next: this.time + ms })
    return handle
  }
  clearInterval = (handle: number) => void this.intervals.delete(handle)

  /** Runs one animation frame `ms` after the last. */
  frame(ms = 16): void {
    this.time += ms
    const due = [...this.frames.values()]
    this.frames.clear()
    for (const callback of due) callback()
  }
  /** Lets `ms` pass, running due intervals (no frames). */
  advance(ms: number): void {
    const end = this.time + ms
    for (;;) {
      const due = [...this.intervals.entries()]
        .filter(([, i]) => i.next <= end)
        .toSorted((a, b) => a[1].next - b[1].next)[0]
      if (!due) break
      this.time = due[1].next
      due[1].next += due[1].ms
      due[1].callback()
    }
    this.time = end
  }
  get pendingFrames(): number {
    return this.frames.size
  }
  get activeIntervals(): number {
    return this.intervals.size
  }
}
