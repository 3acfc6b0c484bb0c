// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { actionForKey, type KeyInput } from '../../../../src/ui/reader/keys/keymap.ts'

/** The page the keys land on: a note with a claim, a button, a link, a slider, inputs. */
const PAGE = `
  <button id="play">Play</button>
  <a id="link" href="#/n/x">Link</a>
  <div id="slider" role="slider" tabindex="0"><span id="thumb"></span></div>
  <div id="divider" role="separator" tabindex="0"></div>
  <input id="text" /><textarea id="area"></textarea><select id="pick"></select>
  <div id="editable" contenteditable="true"></div>
  <div data-note-pane=""><span id="claim" tabindex="0">A claim</span></div>
  <div id="outside" tabindex="0"></div>
`

function press(key: string, on: string | null = null, modifiers: Partial<KeyInput> = {}) {
  return (singleKeys = true) =>
    actionForKey(
      {
        key,
        ctrlKey: false,
        metaKey: false,
        altKey: false,
        target: on === null ? document.body : document.getElementById(on),
        ...modifiers,
      },
      singleKeys,
    )
}

describe('actionForKey', () => {
  beforeEach(() => {
    document.body.innerHTML = PAGE
    // jsdom does not implement isContentEditable; browsers do.
    Object.defineProperty(document.getElementById('editable'), 'isContentEditable', {
      value: true,
    })
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it.each([
    ['k', 'toggle-play'],
    [' ', 'toggle-play'],
    ['j', 'back-10'],
    ['l', 'forward-10'],
    ['ArrowLeft', 'back-5'],
    ['ArrowRight', 'forward-5'],
    ['<', 'slower'],
    ['>', 'faster'],
    ['ArrowDown', 'focus-next-claim'],
    ['ArrowUp', 'focus-previous-claim'],
    ['n', 'next-claim'],
    ['p', 'previous-claim'],
    ['N', 'next-citation'],
    ['P', 'previous-citation'],
    ['.', 'back-to-now'],
    ['f', 'toggle-follow'],
    ['/', 'search'],
    ['?', 'help'],
    ['Escape', 'stop-tour'],
  ])('maps %j to %s on the page', (key, action) => {
    expect(press(key)()).toBe(action)
  })

  it('maps nothing for keys it does not bind, and leaves Enter to the focused claim', () => {
    expect(press('x')()).toBeNull()
    expect(press('Enter', 'claim')()).toBeNull()
    expect(press('Tab')()).toBeNull()
  })

  it.each(['text', 'area', 'pick', 'editable'])('takes no key typed into %s', (field) => {
    for (const key of ['k', ' ', 'n', '/', '?', 'ArrowLeft', 'ArrowDown', 'Escape'])
      expect(press(key, field)()).toBeNull()
  })

  it.each([{ ctrlKey: true }, { metaKey: true }, { altKey: true }])(
    'takes no key with a modifier held: %o',
    (modifier) => {
      for (const key of ['k', 'N', 'ArrowLeft', 'Escape'])
        expect(press(key, null, modifier)()).toBeNull()
    },
  )

  it('takes no single key while single keys are off, but keeps the arrows and Escape', () => {
    for (const key of ['k', ' ', 'j', 'n', 'N', '.', 'f', '/', '?'])
      expect(press(key)(false)).toBeNull()
    expect(press('ArrowLeft')(false)).toBe('back-5')
    expect(press('ArrowDown')(false)).toBe('focus-next-claim')
    expect(press('Escape')(false)).toBe('stop-tour')
  })

  it('leaves Space to a focused button or link, which it presses, but not k', () => {
    expect(press(' ', 'play')()).toBeNull()
    expect(press(' ', 'link')()).toBeNull()
    expect(press('k', 'play')()).toBe('toggle-play')
    expect(press(' ', 'claim')()).toBe('toggle-play')
  })

  it('leaves the arrows and Escape to sliders and the pane divider', () => {
    for (const on of ['slider', 'thumb', 'divider']) {
      expect(press('ArrowLeft', on)()).toBeNull()
      expect(press('ArrowDown', on)()).toBeNull()
      expect(press('Escape', on)()).toBeNull()
      expect(press('k', on)()).toBe('toggle-play')
    }
  })

  it('moves the keyboard between claims only from the note, or from nothing in particular', () => {
    expect(press('ArrowDown', 'claim')()).toBe('focus-next-claim')
    expect(press('ArrowUp')()).toBe('focus-previous-claim')
    expect(press('ArrowDown', 'outside')()).toBeNull()
    expect(press('ArrowDown', 'play')()).toBeNull()
    expect(press('ArrowLeft', 'outside')()).toBe('back-5')
  })
})
