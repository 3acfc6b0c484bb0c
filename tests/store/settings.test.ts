import { describe, expect, it } from 'vitest'
import { createReaderStore } from '../../src/store/reader-store.ts'
import { DEFAULT_SETTINGS, loadSettings } from '../../src/store/settings.ts'
import { memoryStorage } from '../support/memory-storage.ts'
import { sampleDoc } from '../support/sample-note.ts'

const saved = (value: string) => memoryStorage({ 'lockstep:settings': value })

describe('the saved settings', () => {
  it('are the defaults with nothing saved, or no storage at all', () => {
    expect(loadSettings(memoryStorage())).toEqual(DEFAULT_SETTINGS)
    expect(loadSettings(null)).toEqual(DEFAULT_SETTINGS)
    expect(DEFAULT_SETTINGS).toMatchObject({ shortcuts: true, announce: true })
  })

  it.each([
    ['not JSON', '{shortcuts: false'],
    ['JSON but not an object', '"dark"'],
    ['null', 'null'],
  ])('fall back to the defaults when what is saved is %s', (_, value) => {
    expect(loadSettings(saved(value))).toEqual(DEFAULT_SETTINGS)
  })

  it('fall back field by field: a bad field costs only itself', () => {
    const settings = loadSettings(
      saved(
        JSON.stringify({ shortcuts: false, announce: 'yes', theme: 'pink', split: 95, outline: 0 }),
      ),
    )
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, shortcuts: false })
    expect(loadSettings(saved('{"theme":"dark","split":30,"announce":false}'))).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      split: 30,
      announce: false,
    })
  })

  it('fall back to the defaults when the storage throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    const store = createReaderStore(sampleDoc(), { storage: throwing })
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS)
    store.getState().updateSettings({ shortcuts: false })
    expect(store.getState().settings.shortcuts).toBe(false)
  })
})

describe('the settings slice', () => {
  it('reads the settings when the store is made, and writes every change through', () => {
    const storage = saved('{"split":60}')
    const store = createReaderStore(sampleDoc(), { storage })
    expect(store.getState().settings.split).toBe(60)
    store.getState().updateSettings({ announce: false })
    expect(JSON.parse(storage.data.get('lockstep:settings')!)).toEqual({
      ...DEFAULT_SETTINGS,
      split: 60,
      announce: false,
    })
  })

  it('hands the settings on to the next note’s store: they are reader-wide', () => {
    const storage = memoryStorage()
    createReaderStore(sampleDoc(), { storage }).getState().updateSettings({ theme: 'light' })
    expect(createReaderStore(sampleDoc(), { storage }).getState().settings.theme).toBe('light')
  })
})

describe('the search slice', () => {
  it('starts empty and keeps the matches it is given, changing nothing for a second empty list', () => {
    const store = createReaderStore(sampleDoc())
    const before = store.getState()
    store.getState().setSearchMatches([])
    expect(store.getState()).toBe(before)
    const matches = [{} as Range]
    store.getState().setSearchMatches(matches)
    expect(store.getState().searchMatches).toBe(matches)
  })
})
