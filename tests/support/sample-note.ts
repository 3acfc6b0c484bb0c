import type { NoteDocument } from '../../src/note/model.ts'
import { parseNote } from '../../src/note/parse-note.ts'

/**
 * A short note written for these tests, out of video order like real notes:
 * 4223 → 5511 → 457 → 4223 again (two claims citing the same second), then a
 * claim citing two moments.
 */
export const SAMPLE_NOTE = `---
title: Rivers that run backwards
videoId: r1v3rs_back
---

## Tides

The Amazon's tidal bore runs upstream for hours <a class="yt-timestamp" data-t="01:10:23">[01:10:23]</a>.
Surfers ride it for kilometres <a class="yt-timestamp" data-t="01:31:51">[01:31:51]</a>.

## History

An earthquake once reversed the Mississippi <a class="yt-timestamp" data-t="00:07:37">[00:07:37]</a>.
Bores are named differently on every river <a class="yt-timestamp" data-t="01:10:23">[01:10:23]</a>.
Dams end most of them <a class="yt-timestamp" data-t="00:21:40">[00:21:40]</a>, <a class="yt-timestamp" data-t="00:22:10">[00:22:10]</a>.
`

export function sampleDoc(): NoteDocument {
  return parseNote(SAMPLE_NOTE, { slug: 'rivers' }).doc
}
