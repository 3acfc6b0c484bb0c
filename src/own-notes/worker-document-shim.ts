// micromark decodes named character references (`&amp;`) with
// decode-named-character-reference, whose `browser` build asks the DOM: it
// sets an element's innerHTML and reads its text. A worker has no document,
// and Vite resolves the worker's imports with the `browser` condition, so the
// parse worker gets that build. This stands in for the one element it makes,
// decoding from the table the package's other build uses.
// @see https://github.com/wooorm/decode-named-character-reference/blob/main/index.dom.js
import { characterEntities } from 'character-entities'

interface EntityElement {
  textContent: string
  innerHTML: string
}

function createEntityElement(): EntityElement {
  let text = ''
  return {
    get textContent() {
      return text
    },
    set textContent(value) {
      text = value
    },
    get innerHTML() {
      return text
    },
    /** Only ever `&name;`: the character it names, or the reference unchanged when unknown. */
    set innerHTML(html: string) {
      const name = html.slice(1, -1)
      text = Object.hasOwn(characterEntities, name) ? (characterEntities[name] ?? html) : html
    },
  }
}

const scope = globalThis as { document?: unknown }
scope.document ??= { createElement: createEntityElement }
