import { describe, expect, it } from 'vitest'
import {
  KEY_BINDINGS,
  bindingHas,
  displayKey,
  helpRows,
  shortcutKeys,
  shortcutTitle,
} from '../../../../src/ui/reader/keys/key-bindings.ts'

describe('the key bindings table', () => {
  it('gives every key to one action only', () => {
    const keys = KEY_BINDINGS.flatMap((binding) => binding.keys)
    expect(new Set(keys).size).toBe(keys.length)
    const actions = KEY_BINDINGS.map((binding) => binding.action)
    expect(new Set(actions).size).toBe(actions.length)
  })

  it('marks exactly the keys that type a character as single keys (WCAG 2.1.4)', () => {
    for (const binding of KEY_BINDINGS)
      for (const key of binding.keys) expect(binding.single).toBe(key.length === 1)
  })

  it.each([
    [' ', 'Space'],
    ['ArrowLeft', '←'],
    ['ArrowDown', '↓'],
    ['Escape', 'Esc'],
    ['N', 'Shift+N'],
    ['n', 'n'],
    ['?', '?'],
  ])('writes %j as %s', (key, shown) => {
    expect(displayKey(key)).toBe(shown)
  })

  it('titles a button with its label and every key of its action', () => {
    expect(shortcutTitle('toggle-play')).toBe('Play or pause (k or Space)')
    expect(shortcutTitle('previous-citation')).toBe('Previous cited moment in the video (Shift+P)')
    expect(shortcutTitle('stop-tour')).toBe('Stop the tour (Esc)')
    expect(shortcutKeys('next-claim')).toBe('n')
  })

  it('lists the help in DESIGN §4’s order, pairs of actions sharing a row', () => {
    expect(helpRows().map((row) => [row.keys.join(' '), row.single])).toEqual([
      ['k Space', true],
      ['j l', true],
      ['← →', false],
      ['< >', true],
      ['↓ ↑', false],
      ['Enter', false],
      ['n p', true],
      ['Shift+N Shift+P', true],
      ['.', true],
      ['f', true],
      ['/', true],
      ['?', true],
      ['Esc', false],
    ])
  })

  it('knows which keys belong to which action', () => {
    expect(bindingHas('play-claim', 'Enter')).toBe(true)
    expect(bindingHas('play-claim', ' ')).toBe(false)
    expect(bindingHas('toggle-play', ' ')).toBe(true)
  })
})
