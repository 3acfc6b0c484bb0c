import type { Plugin } from 'vite'

/**
 * The Content-Security-Policy of the built app (DESIGN §7): scripts from the
 * site and YouTube's IFrame API only, frames from YouTube only, video
 * stills from i.ytimg.com, the parse worker from the site, no plugins, no
 * forms, no <base>. YouTube is named without a scheme because on an
 * `http:` page the API script is fetched over `http:`.
 * @see https://developers.google.com/youtube/iframe_api_reference#Loading_a_Video_Player
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' www.youtube.com s.ytimg.com",
  // react-youtube embeds from www.youtube.com (its `host` option is left alone).
  'frame-src www.youtube.com',
  // Notes show no images (the sanitizer drops them): only the site's and the library's video stills.
  "img-src 'self' i.ytimg.com",
  // React writes style attributes (the pane split); no style sheets come from elsewhere.
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  // Your own notes are parsed in a worker of the site's own.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/**
 * Puts the policy in the built index.html as a <meta>, so it holds on any
 * static host. Not in dev: Vite's dev server injects inline scripts of its own.
 * A <meta> policy cannot carry `frame-ancestors`, `sandbox` or reporting
 * (`report-uri`, `report-to`): a host that wants them sends them as a header.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'lockstep-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  }
}
