import type { ReactNode } from 'react'
import { useReader } from '../../../store/use-reader.ts'
import { ClockDisplay } from './clock-display.tsx'
import { Icon, type IconName } from '../../icon.tsx'
import { type ReaderAction, shortcutKeys, shortcutTitle } from '../keys/key-bindings.ts'

interface ControlsBarProps {
  readonly perform: (action: ReaderAction) => void
}

/** Every playback control as a labelled button; each does what its key does. */
export function ControlsBar({ perform }: ControlsBarProps): ReactNode {
  const playing = useReader((s) => s.playing)
  const rate = useReader((s) => s.rate)
  const follow = useReader((s) => s.follow)
  return (
    <div
      role="toolbar"
      aria-label="Playback"
      className="flex flex-wrap items-center gap-x-1 gap-y-2 py-2"
    >
      <ControlButton
        icon={playing ? 'pause' : 'play'}
        label={playing ? 'Pause' : 'Play'}
        keys={shortcutKeys('toggle-play')}
        onClick={() => perform('toggle-play')}
        primary
      />
      <ControlButton
        icon="back10"
        label="Back 10 seconds"
        keys={shortcutKeys('back-10')}
        onClick={() => perform('back-10')}
      />
      <ControlButton
        icon="forward10"
        label="Forward 10 seconds"
        keys={shortcutKeys('forward-10')}
        onClick={() => perform('forward-10')}
      />
      <span className="mx-2">
        <ClockDisplay />
      </span>
      <span className="inline-flex items-center rounded-md border border-slate-200 dark:border-slate-700">
        <button
          type="button"
          aria-label="Slower"
          title={shortcutTitle('slower')}
          onClick={() => perform('slower')}
          className="px-2 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
        >
          −
        </button>
        <span
          data-rate=""
          aria-label={`Playback rate ${rate}×`}
          className="min-w-[3.2em] text-center font-mono text-xs tabular-nums"
        >
          {rate}×
        </span>
        <button
          type="button"
          aria-label="Faster"
          title={shortcutTitle('faster')}
          onClick={() => perform('faster')}
          className="px-2 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
        >
          +
        </button>
      </span>
      <span
        className="mx-1 hidden h-5 w-px bg-slate-200 sm:block dark:bg-slate-700"
        aria-hidden="true"
      />
      <ControlButton
        icon="previousClaim"
        label="Previous claim in the note"
        keys={shortcutKeys('previous-claim')}
        onClick={() => perform('previous-claim')}
      />
      <ControlButton
        icon="nextClaim"
        label="Next claim in the note"
        keys={shortcutKeys('next-claim')}
        onClick={() => perform('next-claim')}
      />
      <ControlButton
        icon="previousCitation"
        label="Previous cited moment in the video"
        keys={shortcutKeys('previous-citation')}
        onClick={() => perform('previous-citation')}
      />
      <ControlButton
        icon="nextCitation"
        label="Next cited moment in the video"
        keys={shortcutKeys('next-citation')}
        onClick={() => perform('next-citation')}
      />
      <button
        type="button"
        data-follow=""
        aria-pressed={follow}
        title={shortcutTitle('toggle-follow')}
        onClick={() => perform('toggle-follow')}
        className="ml-auto inline-flex items-center gap-1.5 rounded-md border border-slate-200 px-2.5 py-1 text-sm font-medium aria-pressed:border-amber-500 aria-pressed:bg-amber-50 aria-pressed:text-amber-900 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800 dark:aria-pressed:border-amber-400 dark:aria-pressed:bg-amber-400/15 dark:aria-pressed:text-amber-100"
      >
        <Icon name="follow" className="size-4" />
        Follow
      </button>
    </div>
  )
}

function ControlButton(props: {
  icon: IconName
  label: string
  keys: string
  onClick: () => void
  primary?: boolean
}): ReactNode {
  return (
    <button
      type="button"
      aria-label={props.label}
      title={`${props.label} (${props.keys})`}
      onClick={props.onClick}
      className={`inline-flex size-9 items-center justify-center rounded-md focus-visible:outline-2 focus-visible:outline-amber-500 ${props.primary ? 'bg-slate-900 text-white hover:bg-slate-700 dark:bg-amber-300 dark:text-slate-950 dark:hover:bg-amber-200' : 'text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800'}`}
    >
      <Icon name={props.icon} />
    </button>
  )
}
