import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { report } from './report.ts'
import { isAllowedAuthorTag } from './sanitize-schema.ts'

/**
 * Says which of the author's HTML the sanitizer is about to drop, so that a
 * note that loses a `<script>` or an `onclick` learns why. It changes nothing:
 * the sanitizer that follows does the dropping.
 */
export default function rehypeReportDroppedHtml() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node: Element) => {
      if (!isAllowedAuthorTag(node.tagName)) {
        report(
          file,
          'warning',
          'html-dropped',
          `\`<${node.tagName}>\` is not allowed in a note and was removed.`,
          node,
        )
        return
      }
      const unsafe = Object.entries(node.properties).filter(([key, value]) =>
        isUnsafeProperty(key, value),
      )
      if (unsafe.length > 0) {
        const names = unsafe.map(([key]) => key).join(', ')
        report(
          file,
          'warning',
          'html-dropped',
          `Removed unsafe attributes from \`<${node.tagName}>\`: ${names}.`,
          node,
        )
      }
    })
  }
}

function isUnsafeProperty(key: string, value: unknown): boolean {
  if (/^on[A-Z]/.test(key) || key === 'style') return true
  if ((key === 'href' || key === 'src') && typeof value === 'string') {
    // Browsers ignore blanks and control characters inside a scheme (`java\tscript:`).
    const compact = [...value].filter((ch) => ch > ' ').join('')
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)
    return scheme !== null && !['http', 'https', 'mailto'].includes(scheme[1]!.toLowerCase())
  }
  return false
}
