import { describe, expect, it } from 'vitest'
import { createUniqueNamer, slugify } from '../../src/note/slugify.ts'

describe('createUniqueNamer', () => {
  it.each([
    { names: ['a', 'b', 'c'], ids: ['a', 'b', 'c'] },
    { names: ['a', 'a', 'a'], ids: ['a', 'a-2', 'a-3'] },
    { names: ['a', 'a', 'a-2'], ids: ['a', 'a-2', 'a-2-2'] },
    { names: ['a-2', 'a', 'a'], ids: ['a-2', 'a', 'a-3'] },
    { names: ['a', 'a-2', 'a', 'a'], ids: ['a', 'a-2', 'a-3', 'a-4'] },
    { names: ['t122', 't122', 't122'], ids: ['t122', 't122-2', 't122-3'] },
  ])('names $names as $ids', ({ names, ids }) => {
    const name = createUniqueNamer()
    expect(names.map(name)).toEqual(ids)
  })

  it('gives headings "A", "A" and "A 2" three different ids', () => {
    const name = createUniqueNamer()
    const ids = ['A', 'A', 'A 2'].map((heading) => name(slugify(heading)))
    expect(new Set(ids).size).toBe(3)
  })

  it('starts afresh for each namer', () => {
    expect(createUniqueNamer()('a')).toBe('a')
    const first = createUniqueNamer()
    first('a')
    expect(createUniqueNamer()('a')).toBe('a')
  })
})
