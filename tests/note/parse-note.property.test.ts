// parseNote takes untrusted text: whatever it is given, it returns a model
// and diagnostics (never throws), and its tree can run nothing (DESIGN §7).
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseNote } from '../../src/note/parse-note.ts'
import { unsafeThingsIn } from './tree-safety.ts'

/** Pieces of real-note syntax and of attacks, to be shuffled into notes. */
const FRAGMENTS = [
  '---\ntitle: T\nvideoId: abcdefghijk\n---\n',
  '---\ntitle: [unclosed\n---\n',
  'From: [[chan]] <br/>',
  '## Heading [[a | b]]',
  '> [!info] Title',
  '>[!NOTE]',
  '*   **Lead**: item',
  '1.  step',
  '| a | b |\n|---|---|\n| c | d |',
  '```\n# code\n```',
  '<a class="yt-timestamp" data-t="01:10:23">[01:10:23]</a>',
  '<a class="yt-timestamp" data-t="0:0:55:00">[01:30:08]</a>',
  '<a class="yt-timestamp" data-t="x">[y]</a>',
  '<sup><a class="yt-timestamp" data-t="1:05">[1:05]</a></sup>',
  '</a>, <a class="yt-timestamp" data-t="2:05">',
  '[12:34]',
  '[[]]',
  '$400 billion',
  '<div class="callout">\n\ntext\n\n</div>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="java\tscript:alert(1)">x</a>',
  '[x](javascript:alert(1))',
  '<iframe src="https://evil.example"></iframe>',
  '<svg><script>alert(1)</script></svg>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<p onclick="alert(1)" style="color:red">p</p>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<template><script>alert(1)</script></template>',
  '<button data-citation="5">fake</button>',
  '<span data-claim-id="t1">fake</span>',
  '<!-- comment -->',
  '<a class="yt-timestamp"',
]

const note = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 20 })), { maxLength: 25 })
  .chain((parts) =>
    fc
      .array(fc.constantFrom('', ' ', '\n', '\n\n', '\n    '), {
        minLength: parts.length,
        maxLength: parts.length,
      })
      .map((glue) => parts.map((part, i) => part + glue[i]).join('')),
  )

// Hundreds of whole parses a property: seconds on a quiet machine, more on a
// busy one. The limit is generous; what is asserted is unchanged.
const PROPERTY_TIME_LIMIT_MS = 60_000

describe('parseNote on arbitrary input', { timeout: PROPERTY_TIME_LIMIT_MS }, () => {
  it('never throws and always returns a document', () => {
    fc.assert(
      fc.property(fc.oneof(note, fc.string({ maxLength: 400 })), (source) => {
        const { doc, diagnostics } = parseNote(source, { slug: 'fuzz' })
        expect(doc.type).toBe('note')
        expect(Array.isArray(diagnostics)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('never emits a script, an event handler or a javascript: URL', () => {
    fc.assert(
      fc.property(note, (source) => {
        expect(unsafeThingsIn(parseNote(source, { slug: 'fuzz' }).doc.tree)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('keeps the model and the tree in step: one claim element per claim, in order', () => {
    fc.assert(
      fc.property(note, (source) => {
        const { doc } = parseNote(source, { slug: 'fuzz' })
        const inTree = JSON.stringify(doc.tree).match(/"dataClaimId":"[^"]+"/g) ?? []
        expect(inTree).toEqual(doc.claims.map((claim) => `"dataClaimId":"${claim.id}"`))
        expect(doc.claims.every((claim) => claim.citations.length > 0)).toBe(true)
      }),
      { numRuns: 200 },
    )
  })
})
