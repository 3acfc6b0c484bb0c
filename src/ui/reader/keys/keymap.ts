import { bindingForKey, type ReaderAction } from './key-bindings.ts'

export interface KeyInput {
  readonly key: string
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  readonly altKey: boolean
  /** The element the key went to. */
  readonly target: EventTarget | null
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/** Space already presses a focused button, link or summary. */
function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a[href], summary') !== null
}

/** Sliders and the pane divider take the arrow keys (and Escape) for themselves. */
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
 * The action a key press asks for, or null, as the bindings table says. Never
 * in text inputs or with Ctrl, Cmd or Alt held; single keys only while
 * `singleKeys` is on; keys a focused claim handles itself are left to it.
 */
export function actionForKey(input: KeyInput, singleKeys: boolean): ReaderAction | null {
  if (input.ctrlKey || input.metaKey || input.altKey || isTextEntry(input.target)) return null
  const binding = bindingForKey(input.key)
  if (!binding || binding.scope === 'claim') return null
  if (binding.single) {
    if (!singleKeys) return null
    if (input.key === ' ' && isControl(input.target)) return null
  } else if (ownsArrowKeys(input.target)) return null
  if (binding.scope === 'note' && !isInNote(input.target)) return null
  return binding.action
}
