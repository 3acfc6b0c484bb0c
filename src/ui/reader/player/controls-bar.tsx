import type { ReactNode, RefObject } from 'react'
import { useReader } from '../../../store/use-reader.ts'
import { ClockDisplay } from './clock-display.tsx'
import { Icon } from '../../icon.tsx'
import { type ReaderAction, shortcutTitle } from '../keys/key-bindings.ts'
import { ControlButton } from './control-button.tsx'
import { CitationButtons, RateControl } from './secondary-controls.tsx'

interface ControlsBarProps {
  readonly perform: (action: ReaderAction) => void
  /**
   * On a phone or a portrait tablet: one row of what is used most, and a
   * "More" button (`more`) for the rest, which the sheet holds.
   */
  readonly more?: MoreButtonProps
}

interface MoreButtonProps {
  readonly button: RefObject<HTMLButtonElement | null>
  readonly open: boolean
  readonly onOpen: () => void
}

/** Every playback control as a labelled button; each does what its key does. */
export function ControlsBar({ perform, more }: ControlsBarProps): ReactNode {
  const playing = useReader((s) => s.playing)
  const compact = more !== undefined
  return (
    <div
      role="toolbar"
      aria-label="Playback"
      className={
        compact
          ? // Phone buttons are a little smaller (32 px, above WCAG's 24 px) so the clock fits the row.
            'flex items-center gap-0.5 py-1.5 [&>button]:size-8'
          : 'flex flex-wrap items-center gap-x-1 gap-y-2 py-2'
      }
    >
      <ControlButton
        icon={playing ? 'pause' : 'play'}
        label={playing ? 'Pause' : 'Play'}
        action="toggle-play"
        perform={perform}
        primary
      />
      <ControlButton icon="back10" label="Back 10 seconds" action="back-10" perform={perform} />
      <ControlButton
        icon="forward10"
        label="Forward 10 seconds"
        action="forward-10"
        perform={perform}
      />
      {/* On a phone the clock may shrink: the buttons keep their size. */}
      <span className={compact ? 'mx-0.5 min-w-0 truncate [&_span]:text-xs' : 'mx-2'}>
        <ClockDisplay reserveWidth={!compact} />
      </span>
      {!compact && (
        <>
          <RateControl perform={perform} />
          <span
            className="mx-1 hidden h-5 w-px bg-slate-200 sm:block dark:bg-slate-700"
            aria-hidden="true"
          />
        </>
      )}
      <ControlButton
        icon="previousClaim"
        label="Previous claim in the note"
        action="previous-claim"
        perform={perform}
      />
      <ControlButton
        icon="nextClaim"
        label="Next claim in the note"
        action="next-claim"
        perform={perform}
      />
      {!compact && <CitationButtons perform={perform} />}
      <FollowButton perform={perform} compact={compact} />
      {more && <MoreButton button={more.button} open={more.open} onOpen={more.onOpen} />}
    </div>
  )
}

/** Follow on or off (`f`); on a phone only its icon shows, its name stays. */
function FollowButton({
  perform,
  compact,
}: {
  readonly perform: (action: ReaderAction) => void
  readonly compact: boolean
}): ReactNode {
  const follow = useReader((s) => s.follow)
  return (
    <button
      type="button"
      data-follow=""
      aria-pressed={follow}
      title={shortcutTitle('toggle-follow')}
      onClick={() => perform('toggle-follow')}
      className={`ml-auto inline-flex shrink-0 items-center gap-1.5 rounded-md border border-slate-200 text-sm font-medium aria-pressed:border-amber-500 aria-pressed:bg-amber-50 aria-pressed:text-amber-900 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800 dark:aria-pressed:border-amber-400 dark:aria-pressed:bg-amber-400/15 dark:aria-pressed:text-amber-100 ${compact ? 'size-9 justify-center' : 'px-2.5 py-1'}`}
    >
      <Icon name="follow" className="size-4" />
      <span className={compact ? 'sr-only' : undefined}>Follow</span>
    </button>
  )
}

/** Opens the sheet holding what the phone's one row leaves out. */
function MoreButton({ button, open, onOpen }: MoreButtonProps): ReactNode {
  return (
    <button
      ref={button}
      type="button"
      data-more=""
      aria-haspopup="dialog"
      aria-expanded={open}
      aria-label="More"
      title="More: the tour, the outline, the rate"
      onClick={onOpen}
      className="inline-flex size-9 shrink-0 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
    >
      <Icon name="more" />
    </button>
  )
}
