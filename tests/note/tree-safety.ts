import type { Element, Root, RootContent } from 'hast'

const FORBIDDEN_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'img',
  'object',
  'embed',
  'svg',
  'math',
  'form',
  'link',
  'meta',
  'base',
])
const URL_PROPERTIES = ['href', 'src', 'xLinkHref', 'action', 'formAction', 'cite', 'poster']

/** Every element in a tree, including a <template>'s separate content fragment. */
export function collectElements(node: Root | RootContent, into: Element[] = []): Element[] {
  if (node.type === 'element') into.push(node)
  if ('children' in node) for (const child of node.children) collectElements(child, into)
  if (node.type === 'element' && node.content) collectElements(node.content, into)
  return into
}

/**
 * What in a sanitised tree could run script or load something: forbidden
 * elements, event-handler or style properties, and URLs with a scheme other
 * than http, https or mailto (browsers ignore blanks inside a scheme).
 */
export function unsafeThingsIn(tree: Root): string[] {
  const found: string[] = []
  for (const element of collectElements(tree)) {
    if (FORBIDDEN_TAGS.has(element.tagName)) found.push(`<${element.tagName}>`)
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name) || name === 'style') found.push(`${element.tagName}.${name}`)
      if (URL_PROPERTIES.includes(name) && typeof value === 'string') {
        const compact = [...value].filter((ch) => ch > ' ').join('')
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase()
        if (scheme && !['http', 'https', 'mailto'].includes(scheme))
          found.push(`${element.tagName}.${name}=${value}`)
      }
    }
  }
  return found
}
