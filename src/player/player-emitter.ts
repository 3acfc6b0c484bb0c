import type { PlayerEvent, PlayerListener } from './player.ts'

/** The listener set behind `Player.subscribe`, shared by both players. */
export interface PlayerEmitter {
  subscribe(listener: PlayerListener): () => void
  emit(event: PlayerEvent): void
  /** Drops every listener; later `subscribe` calls register nothing. */
  close(): void
}

export function createPlayerEmitter(): PlayerEmitter {
  const listeners = new Set<PlayerListener>()
  let closed = false
  return {
    subscribe(listener) {
      if (closed) return () => {}
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    emit(event) {
      // A snapshot, so a listener may unsubscribe (or destroy the player) mid-emit.
      for (const listener of Array.from(listeners)) {
        if (closed) return
        if (listeners.has(listener)) listener(event)
      }
    },
    close() {
      closed = true
      listeners.clear()
    },
  }
}
