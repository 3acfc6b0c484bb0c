import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../../src/build/csp-plugin.ts'

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/)
      return [name, values]
    }),
  )
}

describe('the Content-Security-Policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY)

  it('runs scripts only from the site and YouTube, named without a scheme', () => {
    expect(policy.get('script-src')).toEqual(["'self'", 'www.youtube.com', 's.ytimg.com'])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:\/\//)
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'")
  })

  it('frames only YouTube, and allows no plugins, forms or <base>', () => {
    expect(policy.get('frame-src')).toEqual(['www.youtube.com'])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('form-action')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(policy.get('default-src')).toEqual(["'self'"])
    expect(policy.get('worker-src')).toEqual(["'self'"])
    expect(policy.get('img-src')).toEqual(["'self'", 'i.ytimg.com'])
  })
})

describe('contentSecurityPolicy', () => {
  const plugin = contentSecurityPolicy()

  it('applies to the build only: the dev server injects inline scripts', () => {
    expect(plugin.apply).toBe('build')
  })

  it('puts the policy first in the head as a <meta http-equiv>', () => {
    const transform = plugin.transformIndexHtml as () => unknown
    expect(transform()).toEqual([
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ])
  })
})
