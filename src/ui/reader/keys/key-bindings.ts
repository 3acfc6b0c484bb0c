/**
 * Every key binding of the reader (DESIGN §4), in the order the help lists
 * them. The key handler, the help dialog and the buttons' titles all read this
 * one table (after vidstack's `keyShortcuts` map).
 *
 * - `keys`: `KeyboardEvent.key` values.
 * - `label`: what the action does, as a button's title says it.
 * - `help`: the help dialog's line; neighbours with the same line share a row.
 * - `single`: a key that types a character, which the reader can switch off (WCAG 2.1.4).
 * - `scope`: `page` anywhere outside text inputs; `note` only with the focus in
 *   the note (or on nothing); `claim` handled by the focused claim itself.
 */
// prettier-ignore
export const KEY_BINDINGS = [
  { action: 'toggle-play', keys: ['k', ' '], label: 'Play or pause', help: 'Play or pause', single: true, scope: 'page' },
  { action: 'back-10', keys: ['j'], label: 'Back 10 seconds', help: 'Back or forward 10 seconds', single: true, scope: 'page' },
  { action: 'forward-10', keys: ['l'], label: 'Forward 10 seconds', help: 'Back or forward 10 seconds', single: true, scope: 'page' },
  { action: 'back-5', keys: ['ArrowLeft'], label: 'Back 5 seconds', help: 'Back or forward 5 seconds', single: false, scope: 'page' },
  { action: 'forward-5', keys: ['ArrowRight'], label: 'Forward 5 seconds', help: 'Back or forward 5 seconds', single: false, scope: 'page' },
  { action: 'slower', keys: ['<'], label: 'Slower', help: 'Slower or faster', single: true, scope: 'page' },
  { action: 'faster', keys: ['>'], label: 'Faster', help: 'Slower or faster', single: true, scope: 'page' },
  { action: 'focus-next-claim', keys: ['ArrowDown'], label: 'Focus the next claim', help: 'Next or previous claim in the note (focus)', single: false, scope: 'note' },
  { action: 'focus-previous-claim', keys: ['ArrowUp'], label: 'Focus the previous claim', help: 'Next or previous claim in the note (focus)', single: false, scope: 'note' },
  { action: 'play-claim', keys: ['Enter'], label: 'Play from the focused claim', help: 'Play from the focused claim', single: false, scope: 'claim' },
  { action: 'next-claim', keys: ['n'], label: 'Next claim in the note', help: 'Play the next or previous claim in reading order (in the tour: skip or back)', single: true, scope: 'page' },
  { action: 'previous-claim', keys: ['p'], label: 'Previous claim in the note', help: 'Play the next or previous claim in reading order (in the tour: skip or back)', single: true, scope: 'page' },
  { action: 'next-citation', keys: ['N'], label: 'Next cited moment in the video', help: 'Play the next or previous citation in video order', single: true, scope: 'page' },
  { action: 'previous-citation', keys: ['P'], label: 'Previous cited moment in the video', help: 'Play the next or previous citation in video order', single: true, scope: 'page' },
  { action: 'back-to-now', keys: ['.'], label: 'Back to now', help: 'Back to now: show the claim being spoken and follow again', single: true, scope: 'page' },
  { action: 'toggle-follow', keys: ['f'], label: 'Follow the video', help: 'Follow the video on or off', single: true, scope: 'page' },
  { action: 'search', keys: ['/'], label: 'Search the note', help: 'Search the note', single: true, scope: 'page' },
  { action: 'help', keys: ['?'], label: 'Keyboard shortcuts', help: 'This list', single: true, scope: 'page' },
  { action: 'stop-tour', keys: ['Escape'], label: 'Stop the tour', help: 'Stop playing the note (the guided tour)', single: false, scope: 'page' },
] as const

export type KeyBinding = (typeof KEY_BINDINGS)[number]
/** Everything a key (or the button that does what the key does) can ask the reader to do. */
export type ReaderAction = KeyBinding['action']

const BY_ACTION: ReadonlyMap<ReaderAction, KeyBinding> = new Map(
  KEY_BINDINGS.map((binding) => [binding.action, binding]),
)
const BY_KEY: ReadonlyMap<string, KeyBinding> = new Map(
  KEY_BINDINGS.flatMap((binding) => binding.keys.map((key) => [key, binding] as const)),
)

export function bindingForKey(key: string): KeyBinding | undefined {
  return BY_KEY.get(key)
}

/** Whether `key` is one of the action's keys. */
export function bindingHas(action: ReaderAction, key: string): boolean {
  return BY_KEY.get(key)?.action === action
}

const KEY_NAMES: Readonly<Record<string, string>> = {
  ' ': 'Space',
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowDown: '↓',
  ArrowUp: '↑',
  Escape: 'Esc',
}

/** A key as people write it: `Space`, `←`, `Esc`, `Shift+N`. */
export function displayKey(key: string): string {
  return KEY_NAMES[key] ?? (/^[A-Z]$/.test(key) ? `Shift+${key}` : key)
}

/** An action's keys as a button's title shows them: `k or Space`. */
export function shortcutKeys(action: ReaderAction): string {
  return BY_ACTION.get(action)!.keys.map(displayKey).join(' or ')
}

/** A button's title: its label and its keys, `Next claim in the note (n)`. */
export function shortcutTitle(action: ReaderAction): string {
  return `${BY_ACTION.get(action)!.label} (${shortcutKeys(action)})`
}

export interface HelpRow {
  readonly keys: readonly string[]
  readonly does: string
  readonly single: boolean
}

/** The help dialog's rows: neighbouring bindings with the same help line share one. */
export function helpRows(): readonly HelpRow[] {
  const rows: HelpRow[] = []
  for (const binding of KEY_BINDINGS) {
    const keys = binding.keys.map(displayKey)
    const last = rows.at(-1)
    if (last?.does === binding.help)
      rows[rows.length - 1] = { ...last, keys: [...last.keys, ...keys] }
    else rows.push({ keys, does: binding.help, single: binding.single })
  }
  return rows
}
