import type { Root as HastRoot } from 'hast'
import type { Root as MdastRoot } from 'mdast'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize from 'rehype-sanitize'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { collectModel } from './collect-model.ts'
import {
  CELL_BUDGET,
  MARKUP_BUDGET,
  PREFIX_LIMIT,
  putBackAsParagraphs,
  setAsideOverlyMarkedBlocks,
  type SetAsideBlock,
} from './limit-markup.ts'
import type { NoteDocument, ParseResult } from './model.ts'
import { readFrontmatter } from './read-frontmatter.ts'
import rehypeCallouts from './rehype-callouts.ts'
import rehypeCitations from './rehype-citations.ts'
import rehypeClaims from './rehype-claims.ts'
import rehypeLimitNesting from './rehype-limit-nesting.ts'
import rehypeReportDroppedHtml from './rehype-report-dropped-html.ts'
import rehypeWikilinks, { type WikilinkOptions } from './rehype-wikilinks.ts'
import remarkFromLine from './remark-from-line.ts'
import remarkLimitNesting from './remark-limit-nesting.ts'
import { collectDiagnostics, report } from './report.ts'
import { warnMinutesAsHours } from './warn-minutes-as-hours.ts'
import { authorSchema, finalSchema } from './sanitize-schema.ts'

export interface ParseOptions {
  /** The note's name in URLs: its file name without `.md`. */
  readonly slug: string
  /** Shown in diagnostics; defaults to the slug. */
  readonly path?: string
  /** Where a wikilink to `target` points in the app that shows the note; see rehype-wikilinks. */
  readonly wikilinkHref?: (target: string) => string
}

/**
 * Markdown → mdast: CommonMark, GFM tables, YAML frontmatter; the From line
 * taken out. Nesting is cut first, before any transform that recurses.
 */
const markdown = unified()
  .use(remarkParse)
  .use(remarkLimitNesting)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm, { singleTilde: false })
  .use(remarkFromLine)

/**
 * mdast → sanitised hast with claims. The author's HTML is sanitised first, so
 * no later step sees a `<script>`; the last step sanitises again with the
 * attributes Lockstep adds, so no transform can let anything unsafe through.
 */
function createHtmlPipeline(wikilinks: WikilinkOptions) {
  return unified()
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeLimitNesting)
    .use(rehypeReportDroppedHtml)
    .use(rehypeSanitize, authorSchema)
    .use(rehypeCallouts)
    .use(rehypeWikilinks, wikilinks)
    .use(rehypeCitations)
    .use(rehypeClaims)
}

/**
 * The same steps without the author's HTML, for a note whose HTML nests so
 * deeply that parsing it overflows the stack (before any depth can be cut).
 */
function createTextOnlyPipeline(wikilinks: WikilinkOptions) {
  return unified()
    .use(remarkRehype)
    .use(rehypeCallouts)
    .use(rehypeWikilinks, wikilinks)
    .use(rehypeCitations)
    .use(rehypeClaims)
}

/** The pipelines already built, one per link builder (a build passes the same one for every note). */
type HtmlPipelines = {
  readonly html: ReturnType<typeof createHtmlPipeline>
  readonly textOnly: ReturnType<typeof createTextOnlyPipeline>
}

function createPipelines(wikilinks: WikilinkOptions): HtmlPipelines {
  return { html: createHtmlPipeline(wikilinks), textOnly: createTextOnlyPipeline(wikilinks) }
}

const htmlPipelines = new WeakMap<object, HtmlPipelines>()
const plainHtml = createPipelines({})

function htmlPipeline(href: ((target: string) => string) | undefined): HtmlPipelines {
  if (!href) return plainHtml
  let pipelines = htmlPipelines.get(href)
  if (!pipelines) htmlPipelines.set(href, (pipelines = createPipelines({ href })))
  return pipelines
}

/**
 * Runs the HTML pipeline; when the author's HTML overflows the stack, runs
 * it again without that HTML and says so. The failed run's messages are dropped.
 */
function toHast(mdast: MdastRoot, file: VFile, pipelines: HtmlPipelines): HastRoot {
  const messagesBefore = file.messages.length
  try {
    return pipelines.html.runSync(mdast, file) as HastRoot
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    file.messages.length = messagesBefore
    report(
      file,
      'error',
      'html-too-deep',
      "The note's HTML nests too deeply to be read; the note is shown without it.",
      null,
    )
    return pipelines.textOnly.runSync(mdast, file) as HastRoot
  }
}

const finalSanitize = unified().use(rehypeSanitize, finalSchema)

/**
 * Turns a note's markdown into its model. Never throws on bad content: every
 * problem is a positioned diagnostic and the note is still read as well as it can be.
 */
export function parseNote(source: string, options: ParseOptions): ParseResult {
  const file = new VFile({ value: source, path: options.path ?? options.slug })
  const limited = setAsideOverlyMarkedBlocks(source)
  const parsed = markdown.parse(limited.source)
  putBackAsParagraphs(parsed, limited.blocks)
  for (const block of limited.blocks) reportSetAside(file, block)
  const mdast = markdown.runSync(parsed, file) as MdastRoot
  const front = readFrontmatter(mdast, file)
  file.data.timestampMode = front.timestampMode
  const hast = toHast(mdast, file, htmlPipeline(options.wikilinkHref))
  const title = front.title ?? firstHeadingText(hast) ?? titleFromSlug(options.slug)
  const model = collectModel(hast, file, title)
  warnMinutesAsHours(model.claims, front.timestampMode, file)
  const tree = finalSanitize.runSync(hast, file) as HastRoot
  const doc: NoteDocument = {
    type: 'note',
    slug: options.slug,
    title,
    videoId: front.videoId,
    channel: file.data.channel ?? null,
    timestampMode: front.timestampMode,
    frontmatter: front.fields,
    tree,
    claims: model.claims,
    sections: model.sections,
    wikilinks: file.data.wikilinks ?? [],
    citationCount: model.citationCount,
  }
  return { doc, diagnostics: collectDiagnostics(file) }
}

function reportSetAside(file: VFile, block: SetAsideBlock): void {
  const { reason } = block
  const why =
    reason.type === 'markup'
      ? `holds ${reason.count} markup characters (more than ${MARKUP_BUDGET} would take too long to read)`
      : reason.type === 'cells'
        ? `holds ${reason.count} table cell separators (more than ${CELL_BUDGET} would take too long to read)`
        : `nests lists or quotes more than ${PREFIX_LIMIT} characters deep`
  const point = { line: block.startLine, column: 1 }
  report(file, 'warning', 'block-read-as-text', `This block ${why}; it is shown as plain text.`, {
    type: 'block',
    position: { start: point, end: point },
  })
}

function firstHeadingText(tree: HastRoot): string | null {
  for (const node of tree.children) {
    if (node.type === 'element' && node.tagName === 'h1') {
      const text = node.children
        .map((c) => (c.type === 'text' ? c.value : ''))
        .join('')
        .trim()
      if (text !== '') return text
    }
  }
  return null
}

/** `my-first_note` → `My first note`. */
function titleFromSlug(slug: string): string {
  const words = slug.replace(/[-_]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}
