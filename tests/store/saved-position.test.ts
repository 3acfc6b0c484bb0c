import { describe, expect, it } from 'vitest'
import {
  DEFAULT_POSITION,
  loadPosition,
  savePosition,
  type KeyValueStorage,
} from '../../src/store/saved-position.ts'
import { toSeconds } from '../../src/time/seconds.ts'

function memoryStorage(
  initial: Record<string, string> = {},
): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial))
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  }
}

describe('the saved position of a note', () => {
  it('comes back as it was saved, per note', () => {
    const storage = memoryStorage()
    savePosition(storage, 'rivers', { t: toSeconds(4223.7), follow: false })
    expect(loadPosition(storage, 'rivers')).toEqual({ t: 4223, follow: false })
    expect(loadPosition(storage, 'tides')).toEqual(DEFAULT_POSITION)
  })

  it.each([
    ['not JSON', '{t: 5'],
    ['a number', '42'],
    ['null', 'null'],
    ['a negative time', '{"t": -5, "follow": false}'],
    ['a string time', '{"t": "10", "follow": "yes"}'],
    ['a time no video reaches', '{"t": 1e300, "follow": false}'],
    ['a time past twelve hours', '{"t": 43201, "follow": false}'],
  ])('falls back to the defaults field by field when the saved value is %s', (_name, raw) => {
    const position = loadPosition(memoryStorage({ 'lockstep:position:rivers': raw }), 'rivers')
    expect(position.t).toBe(0)
    expect(typeof position.follow).toBe('boolean')
  })

  it('keeps a time of twelve hours, the longest a video can be', () => {
    const storage = memoryStorage({ 'lockstep:position:rivers': '{"t": 43200, "follow": true}' })
    expect(loadPosition(storage, 'rivers').t).toBe(43200)
  })

  it('keeps a valid field when its neighbour is corrupt', () => {
    const storage = memoryStorage({ 'lockstep:position:rivers': '{"t": 90, "follow": "maybe"}' })
    expect(loadPosition(storage, 'rivers')).toEqual({ t: 90, follow: true })
  })

  it('survives a storage that throws on every call', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    expect(loadPosition(broken, 'rivers')).toEqual(DEFAULT_POSITION)
    expect(() => savePosition(broken, 'rivers', DEFAULT_POSITION)).not.toThrow()
    expect(loadPosition(null, 'rivers')).toEqual(DEFAULT_POSITION)
  })
})
