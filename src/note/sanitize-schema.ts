import { defaultSchema, type Schema } from 'hast-util-sanitize'

type Attributes = NonNullable<Schema['attributes']>

/**
 * Elements that load or run something, or hide their text from readers:
 * removed with everything inside them. Other elements the allow-list lacks
 * (`form`, `button`, `select`…) are unwrapped: they go, their text stays, so
 * an unclosed `<form>`, which HTML stretches to the end of the note, does not
 * take every later claim with it.
 */
const STRIPPED = [
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'noscript',
  'template',
  'textarea',
  'title',
  'svg',
  'math',
  'img',
  'picture',
  'video',
  'audio',
  'source',
  'link',
  'meta',
  'base',
]

const AUTHOR_TAGS = (defaultSchema.tagNames ?? []).filter((tag) => !STRIPPED.includes(tag))

/** Merges attribute rules for one tag; hast-util-sanitize uses only the first `className` rule it finds. */
function withAttributes(base: Attributes, extra: Attributes): Attributes {
  const merged: Attributes = { ...base }
  for (const [tag, rules] of Object.entries(extra)) merged[tag] = [...(base[tag] ?? []), ...rules]
  return merged
}

const baseAttributes = defaultSchema.attributes ?? {}

/**
 * What a note's author may write: Markdown's own output plus the little raw
 * HTML the format uses (`<br>`, `<sup>`, `<sub>`, `<h4>`, `<div class="callout …">`
 * and the citation anchors). Images and embeds never load: a note may load
 * nothing but its YouTube video (DESIGN §7).
 */
export const authorSchema: Schema = {
  ...defaultSchema,
  tagNames: AUTHOR_TAGS,
  strip: STRIPPED,
  attributes: {
    ...withAttributes(baseAttributes, {
      div: [['className', /^callout(?:-[\w-]+)?$/], 'dataCallout'],
    }),
    // Replaces the default `a` rule so that the one className rule lists every allowed class.
    a: [
      'ariaLabel',
      'dataFootnoteBackref',
      'dataFootnoteRef',
      ['className', 'data-footnote-backref', 'yt-timestamp'],
      'href',
      'dataT',
    ],
  },
}

/** The author's schema plus the attributes Lockstep's own transforms add. */
export const finalSchema: Schema = {
  ...authorSchema,
  tagNames: [...AUTHOR_TAGS, 'button'],
  attributes: withAttributes(authorSchema.attributes ?? {}, {
    a: ['dataWikilink'],
    span: ['dataClaimId', 'dataClaimTimes'],
    button: [['type', 'button'], 'dataCitation'],
    p: [['className', 'callout-title']],
    ...Object.fromEntries(
      ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => [tag, ['dataSectionId']]),
    ),
  }),
}

export function isAllowedAuthorTag(tagName: string): boolean {
  return AUTHOR_TAGS.includes(tagName)
}
