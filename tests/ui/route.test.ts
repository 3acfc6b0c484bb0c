import { describe, expect, it } from 'vitest'
import { claimLink, noteHref, parseRoute } from '../../src/ui/route.ts'

describe('parseRoute', () => {
  it.each([
    { hash: '', route: { slug: null, t: null, claim: null } },
    { hash: '#/', route: { slug: null, t: null, claim: null } },
    { hash: '#/x/kilns', route: { slug: null, t: null, claim: null } },
    { hash: '#/n/kilns', route: { slug: 'kilns', t: null, claim: null } },
    { hash: '/n/kilns', route: { slug: 'kilns', t: null, claim: null } },
    { hash: '#/n/', route: { slug: null, t: null, claim: null } },
    { hash: '#/n/kilns?t=4223', route: { slug: 'kilns', t: 4223, claim: null } },
    { hash: '#/n/kilns?t=1h10m23s', route: { slug: 'kilns', t: 4223, claim: null } },
    { hash: '#/n/kilns?t=1:10:23', route: { slug: 'kilns', t: 4223, claim: null } },
    { hash: '#/n/kilns?t=soon', route: { slug: 'kilns', t: null, claim: null } },
    { hash: '#/n/kilns?claim=t122-2', route: { slug: 'kilns', t: null, claim: 't122-2' } },
    { hash: '#/n/kilns?claim=t1&t=70m23s', route: { slug: 'kilns', t: 4223, claim: 't1' } },
    { hash: '#/n/wood%20kilns', route: { slug: 'wood kilns', t: null, claim: null } },
    { hash: '#/n/%E0%A4%A', route: { slug: '%E0%A4%A', t: null, claim: null } },
  ])('reads $hash', ({ hash, route }) => {
    expect(parseRoute(hash)).toEqual(route)
  })

  it('reads back the links it makes', () => {
    expect(parseRoute(claimLink('wood kilns', 't4223-2'))).toEqual({
      slug: 'wood kilns',
      t: null,
      claim: 't4223-2',
    })
    expect(parseRoute(noteHref('ä/ö')).slug).toBe('ä/ö')
  })
})
