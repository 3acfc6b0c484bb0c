import type { Element, ElementContent, Properties, Root, RootContent } from 'hast'
import { type ComponentType, createElement, type ReactNode } from 'react'

/** Components that render some tags Lockstep's own way; they get the element's props and children. */
export type HastComponents = Readonly<
  Partial<Record<string, ComponentType<Record<string, unknown>>>>
>

/** Elements whose whitespace text children React must not see (they are not allowed there in HTML). */
const NO_TEXT = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr'])

/**
 * Renders a sanitised note tree as React elements — never as an HTML string.
 * The tree has passed Lockstep's allow-list (src/note/sanitize-schema.ts), so
 * only its few kinds of property need translating; this stands in for
 * hast-util-to-jsx-runtime, which with its dependencies cost a fifth of the
 * page's script budget (DESIGN §6).
 */
export function renderHast(tree: Root, components: HastComponents): ReactNode {
  return renderHastNodes(tree.children, components)
}

/** Renders some of a tree's top-level nodes (a run of a long note's blocks, say). */
export function renderHastNodes(
  nodes: readonly RootContent[],
  components: HastComponents,
): ReactNode {
  return nodes.map((node, index) =>
    node.type === 'doctype' ? null : renderNode(node, index, components),
  )
}

function renderNode(node: ElementContent, key: number, components: HastComponents): ReactNode {
  if (node.type === 'text') return node.value
  if (node.type !== 'element') return null
  const children = childrenOf(node).map((child, index) => renderNode(child, index, components))
  const type = components[node.tagName] ?? node.tagName
  return createElement(type, { ...reactProps(node.properties), key }, ...children)
}

function childrenOf(node: Element): ElementContent[] {
  if (!NO_TEXT.has(node.tagName)) return node.children
  return node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '')
}

/**
 * hast property names are the DOM's, as React's mostly are; the rest are
 * `data*` and `aria*` names (dashed in React), class lists and space-separated lists.
 */
export function reactProps(properties: Properties): Record<string, unknown> {
  const props: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(properties)) {
    if (value === null || value === undefined || value === false) continue
    if (name === 'style') continue
    const text = Array.isArray(value) ? value.join(' ') : value
    if (/^data[A-Z]/.test(name)) props[`data${dash(name.slice(4))}`] = text
    else if (/^aria[A-Z]/.test(name)) props[`aria-${name.slice(4).toLowerCase()}`] = text
    // A task list's box is read-only: React wants defaultChecked for an uncontrolled one.
    else if (name === 'checked') props['defaultChecked'] = value
    else props[name] = text
  }
  return props
}

/** `ClaimId` → `-claim-id`. */
function dash(camel: string): string {
  return camel.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
}
