// What "safe" means for a compiled note's tree (DESIGN §7), as findings a test
// can list: each is a path into the tree and what is wrong there.
import type { Element, Nodes, Root } from 'hast'
import { finalSchema } from '../../src/note/sanitize-schema.ts'

const ALLOWED_TAGS = new Set(finalSchema.tagNames ?? [])

/** Elements that run, load, embed, submit or redirect: never in a note. */
const FORBIDDEN_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'textarea',
  'select',
  'meta',
  'base',
  'link',
  'img',
  'image',
  'svg',
  'math',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'template',
  'noscript',
  'portal',
])

/** hast property names that hold a URL. */
const URL_PROPERTIES = [
  'href',
  'src',
  'srcSet',
  'cite',
  'action',
  'formAction',
  'poster',
  'background',
  'longDesc',
  'lowsrc',
  'dynsrc',
  'data',
  'codeBase',
  'xLinkHref',
  'itemType',
  'manifest',
  'ping',
  'srcDoc',
]

/** Schemes a link may use: the web, mail, or a place in this page. */
const SAFE_URL = /^(?:https?:|mailto:|#|[^:]*$)/i

export function unsafeParts(tree: Root): string[] {
  const found: string[] = []
  const stack: Array<{ node: Nodes; path: string }> = [{ node: tree, path: 'root' }]
  while (stack.length > 0) {
    const { node, path } = stack.pop()!
    if (node.type === 'element') found.push(...unsafeInElement(node, path))
    if (node.type === 'raw' || node.type === 'comment' || node.type === 'doctype')
      found.push(`${path}: a ${node.type} node`)
    if ('children' in node)
      node.children.forEach((child, i) =>
        stack.push({
          node: child,
          path: `${path}/${child.type === 'element' ? child.tagName : child.type}[${i}]`,
        }),
      )
  }
  return found
}

function unsafeInElement(node: Element, path: string): string[] {
  const found: string[] = []
  if (FORBIDDEN_TAGS.has(node.tagName) || !ALLOWED_TAGS.has(node.tagName))
    found.push(`${path}: <${node.tagName}> is not allowed`)
  for (const [name, value] of Object.entries(node.properties)) {
    if (/^on/i.test(name)) found.push(`${path}: event handler ${name}`)
    if (name === 'style') found.push(`${path}: a style attribute`)
    if (URL_PROPERTIES.includes(name) && !SAFE_URL.test(String(value).trim()))
      found.push(`${path}: ${name}="${String(value).slice(0, 60)}"`)
  }
  // GFM task lists are the one input a note may hold: a disabled checkbox.
  if (node.tagName === 'input' && node.properties['type'] !== 'checkbox')
    found.push(`${path}: an <input> that is not a task list checkbox`)
  const wikilink = node.properties['dataWikilink']
  if (wikilink !== undefined && !String(node.properties['href'] ?? '').startsWith('#/'))
    found.push(`${path}: a wikilink routes outside the app: ${String(node.properties['href'])}`)
  for (const name of ['dataCitation', 'dataClaimTimes'] as const) {
    const value = node.properties[name]
    if (value === undefined) continue
    const times = String(value).split(' ').map(Number)
    if (!times.every((t) => Number.isFinite(t) && t >= 0))
      found.push(`${path}: ${name}="${String(value)}" is not a list of finite non-negative times`)
  }
  return found
}

/** Levels from the root to the deepest node, counted without recursion. */
export function depthOf(tree: Root): number {
  let deepest = 0
  const stack: Array<[Nodes, number]> = [[tree, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    deepest = Math.max(deepest, depth)
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1])
  }
  return deepest
}
