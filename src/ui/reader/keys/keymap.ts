/** Everything a key can ask the reader to do (DESIGN §4). */
export type ReaderAction =
  | 'toggle-play'
  | 'back-10'
  | 'forward-10'
  | 'back-5'
  | 'forward-5'
  | 'slower'
  | 'faster'
  | 'focus-next-claim'
  | 'focus-previous-claim'
  | 'next-claim'
  | 'previous-claim'
  | 'next-citation'
  | 'previous-citation'
  | 'back-to-now'
  | 'toggle-follow'
  | 'search'
  | 'help'
  | 'stop-tour'

export interface KeyInput {
  readonly key: string
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  readonly altKey: boolean
  /** The element the key went to. */
  readonly target: EventTarget | null
}

/** Keys that type a character: WCAG 2.1.4 lets the reader turn these off. */
const SINGLE_KEYS: Readonly<Record<string, ReaderAction>> = {
  k: 'toggle-play',
  ' ': 'toggle-play',
  j: 'back-10',
  l: 'forward-10',
  '<': 'slower',
  '>': 'faster',
  n: 'next-claim',
  p: 'previous-claim',
  N: 'next-citation',
  P: 'previous-citation',
  '.': 'back-to-now',
  f: 'toggle-follow',
  '/': 'search',
  '?': 'help',
}

const ARROWS: Readonly<Record<string, ReaderAction>> = {
  Escape: 'stop-tour',
  ArrowLeft: 'back-5',
  ArrowRight: 'forward-5',
  ArrowDown: 'focus-next-claim',
  ArrowUp: 'focus-previous-claim',
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/** Space already presses a focused button, link or summary. */
function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a[href], summary') !== null
}

/** Sliders and the pane divider take the arrow keys for themselves. */
function ownsArrowKeys(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && target.closest('[role="slider"], [role="separator"]') !== null
  )
}

/** Whether the arrow keys are the note's: focus in the note, or on nothing in particular. */
function isInNote(target: EventTarget | null): boolean {
  return (
    !(target instanceof HTMLElement) ||
    target === document.body ||
    target.closest('[data-note-pane]') !== null
  )
}

/**
 * The action a key press asks for, or null. Never in text inputs or with
 * Ctrl, Cmd or Alt held; single keys only while `singleKeys` is on.
 */
export function actionForKey(input: KeyInput, singleKeys: boolean): ReaderAction | null {
  if (input.ctrlKey || input.metaKey || input.altKey || isTextEntry(input.target)) return null
  const arrow = ARROWS[input.key]
  if (arrow) {
    if (ownsArrowKeys(input.target)) return null
    if (arrow.startsWith('focus-') && !isInNote(input.target)) return null
    return arrow
  }
  const single = SINGLE_KEYS[input.key]
  if (!single || !singleKeys) return null
  if (input.key === ' ' && isControl(input.target)) return null
  return single
}

/** The shortcut list the help dialog shows, in the order of DESIGN §4. */
export const SHORTCUT_HELP: readonly {
  readonly keys: readonly string[]
  readonly does: string
  readonly single: boolean
}[] = [
  { keys: ['k', 'Space'], does: 'Play or pause', single: true },
  { keys: ['j', 'l'], does: 'Back or forward 10 seconds', single: true },
  { keys: ['←', '→'], does: 'Back or forward 5 seconds', single: false },
  { keys: ['<', '>'], does: 'Slower or faster', single: true },
  { keys: ['↓', '↑'], does: 'Next or previous claim in the note (focus)', single: false },
  { keys: ['Enter'], does: 'Play from the focused claim', single: false },
  {
    keys: ['n', 'p'],
    does: 'Play the next or previous claim in reading order (in the tour: skip or back)',
    single: true,
  },
  { keys: ['N', 'P'], does: 'Play the next or previous citation in video order', single: true },
  { keys: ['.'], does: 'Back to now: show the claim being spoken and follow again', single: true },
  { keys: ['f'], does: 'Follow the video on or off', single: true },
  { keys: ['/'], does: 'Search the note', single: true },
  { keys: ['?'], does: 'This list', single: true },
  { keys: ['Esc'], does: 'Stop playing the note (the guided tour)', single: false },
]
