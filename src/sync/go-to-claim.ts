import type { ClaimId } from '../note/model.ts'
import type { ReaderStore } from '../store/reader-store.ts'
import type { PlaybackCommands } from './playback-sync.ts'

/**
 * How to go to a claim. Every way of getting there — a click, a chip, a link,
 * a key, the tour, back to now — is `goToClaim` with its own options:
 *
 * | caller             | options                                                                            |
 * |--------------------|------------------------------------------------------------------------------------|
 * | click, Enter       | `{ play: true }`                                                                   |
 * | citation chip      | `{ at: chip, play: true }`                                                         |
 * | `?claim=` link     | `{ at?: t, reveal: 'center', focus: true }` (cues, does not play)                  |
 * | the session's link | `{ seek: false, reveal: 'center', focus: true }`                                   |
 * | `n` `p` `N` `P`    | `{ at?, play: true, reveal: 'center', focus: true }`                               |
 * | the guided tour    | `{ at, play: true, reveal: 'center', cursor: false }`, or `seek: false` playing on |
 * | back to now (`.`)  | `{ seek: false, follow: true, reveal: 'center', cursor: false }`                   |
 *
 * The outline, which goes to a heading rather than a claim, uses the same reveal in the UI.
 */
export interface GoToClaimOptions {
  /** The moment to go to, in seconds: one of the claim's citations. Default: its first. */
  readonly at?: number
  /**
   * Whether the video moves there (default). False when it is already there
   * (the tour playing on seamlessly, a link the session opened at): the claim
   * is only chosen.
   */
  readonly seek?: boolean
  /** With a seek: play from there. Default false, which keeps the play state (a link cues). */
  readonly play?: boolean
  /** Bring the claim into view in the note: to its middle, only as far as needed, or not (default). */
  readonly reveal?: 'center' | 'nearest' | false
  /** With a reveal: put the keyboard focus on the claim. Default false. */
  readonly focus?: boolean
  /** Make the claim the keyboard's place, its roving tabindex. Default true. */
  readonly cursor?: boolean
  /** Turn follow on or off on the way. Default: leave it as it is. */
  readonly follow?: boolean
}

/** Goes to a claim; false when the note has no claim of that id. */
export type GoToClaim = (id: ClaimId, options?: GoToClaimOptions) => boolean

/**
 * "Go to a claim", the one action behind every way of choosing one: the video
 * seeks (through playback, so the highlight moves at once and does not
 * flicker back), the claim becomes the chosen primary, the keyboard's place
 * moves to it, and the note is asked to show it (the UI's reveal carries
 * that out, in a store subscription).
 */
export function createGoToClaim(store: ReaderStore, playback: PlaybackCommands): GoToClaim {
  return (id, options = {}) => {
    const state = store.getState()
    const claim = state.claimsById.get(id)
    if (!claim) return false
    if (options.follow !== undefined) state.setFollow(options.follow)
    if (options.seek === false) state.choose(id)
    else
      playback.seek(options.at ?? claim.citations[0]!.seconds, {
        chosen: id,
        play: options.play ?? false,
      })
    if (options.cursor !== false) state.setCursor(id)
    if (options.reveal)
      state.revealClaim({ id, block: options.reveal, focus: options.focus ?? false })
    return true
  }
}
