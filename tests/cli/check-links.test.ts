import { describe, expect, it } from 'vitest'
import { withLibraryLinks } from '../../src/cli/check-links.ts'
import { checkNote } from '../../src/cli/check-note.ts'

const KILNS = `---
title: Running a kiln
videoId: Kk000000001
---

Stack the kiln loosely [[Glaze Basics]] <a class="yt-timestamp" data-t="1:00">[1:00]</a>.
Fire it slowly [[Cone Charts]] and read the cones [[cone_charts]] <a class="yt-timestamp" data-t="2:00">[2:00]</a>.
`
const GLAZES = `# Glaze basics

A plain page: what a glaze is, with no video. See [[running-a-kiln]] and [[Nowhere]].
`

describe('the check across the library', () => {
  const checks = withLibraryLinks([
    checkNote('vault/running-a-kiln.md', KILNS),
    checkNote('vault/topics/glaze_basics.md', GLAZES),
  ])
  const infos = (i: number) =>
    checks[i]!.diagnostics.filter((d) => d.rule === 'wikilink-unresolved')

  it('reports a target no note is named for, once per note, where it is first written', () => {
    expect(infos(0)).toEqual([
      {
        line: 7,
        column: 16,
        severity: 'info',
        rule: 'wikilink-unresolved',
        message:
          "[[Cone Charts]] (written 2 times) names none of the 2 notes checked; it opens the topic's page.",
      },
    ])
  })

  it('resolves links by file name, slug or title, forgivingly, to notes and pages alike', () => {
    expect(infos(1).map((d) => d.message)).toEqual([
      "[[Nowhere]] names none of the 2 notes checked; it opens the topic's page.",
    ])
  })

  it('reads markdown without a video as a plain page, not a note missing its video', () => {
    expect(checks[1]!.page).toBe(true)
    expect(checks[1]!.diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
    expect(checks[0]!.page).toBe(false)
  })
})
