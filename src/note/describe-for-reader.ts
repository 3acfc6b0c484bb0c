import { selectNoun } from './format-count.ts'

/**
 * What a reader of a built site is told about a note's problems: what they
 * will see, without the author's advice (`add \`timestamps: mm:ss\``), markup
 * or rule ids. The diagnostics themselves, with their rules and places, stay
 * the author's, for the dev server and `check:content`.
 */

/** Per rule: the sentence for one occurrence, and for several. */
const WORDING: Readonly<Record<string, readonly [one: string, several: string]>> = {
  'note-compile-failed': [
    'This note could not be read at all, so nothing of it can be shown.',
    'This note could not be read at all, so nothing of it can be shown.',
  ],
  'note-compile-timeout': [
    'This note took too long to read, so nothing of it can be shown.',
    'This note took too long to read, so nothing of it can be shown.',
  ],
  'citation-unreadable': [
    'A time in this note could not be read, so it is shown as plain text.',
    'Some times in this note could not be read, so they are shown as plain text.',
  ],
  'stamp-unreadable': [
    'Something in this note looks like a time but is not one; it is shown as plain text.',
    'Some things in this note look like times but are not; they are shown as plain text.',
  ],
  'citation-label-mismatch': [
    'A citation shows one time and links to another; it plays the time it links to.',
    'Some citations show one time and link to another; they play the time they link to.',
  ],
  'citation-data-t-missing': [
    'A citation is written unusually; it plays the time it shows.',
    'Some citations are written unusually; they play the time they show.',
  ],
  'citation-data-t-invalid': [
    'A citation is written unusually; it plays the time it shows.',
    'Some citations are written unusually; they play the time they show.',
  ],
  'citation-without-text': [
    'A citation stands on its own, without words before it.',
    'Some citations stand on their own, without words before them.',
  ],
  'stamps-minutes-as-hours': [
    'A time in this note may be minutes and seconds written as hours; once the video’s length is known it is read so.',
    'Some times in this note may be minutes and seconds written as hours; once the video’s length is known they are read so.',
  ],
  'html-dropped': [
    'Some formatting of this note was left out to keep the page safe.',
    'Some formatting of this note was left out to keep the page safe.',
  ],
  'wikilink-empty': [
    'A link in this note leads nowhere; it is shown as text.',
    'Some links in this note lead nowhere; they are shown as text.',
  ],
  'frontmatter-missing': [
    'This note does not say which video it summarises, so it is read without one.',
    'This note does not say which video it summarises, so it is read without one.',
  ],
  'frontmatter-invalid': [
    'This note’s title and video could not be read, so it is shown without them.',
    'This note’s title and video could not be read, so it is shown without them.',
  ],
  'title-missing': [
    'This note has no title of its own; its first heading or its name stands in.',
    'This note has no title of its own; its first heading or its name stands in.',
  ],
  'video-id-missing': [
    'This note does not say which video it summarises, so it is read without one.',
    'This note does not say which video it summarises, so it is read without one.',
  ],
  'video-id-invalid': [
    'The video this note names is not a YouTube video, so the note is read without it.',
    'The video this note names is not a YouTube video, so the note is read without it.',
  ],
  'block-read-as-text': [
    'A part of this note holds too much markup to read in time, so it is shown as plain text.',
    'Some parts of this note hold too much markup to read in time, so they are shown as plain text.',
  ],
  'nesting-too-deep': [
    'A part of this note nests too deeply; what is deeper is shown as plain text.',
    'Some parts of this note nest too deeply; what is deeper is shown as plain text.',
  ],
  'html-too-deep': [
    'This note’s formatting nests too deeply to read, so the note is shown without it.',
    'This note’s formatting nests too deeply to read, so the note is shown without it.',
  ],
  'timestamps-mode-invalid': [
    'This note’s times are read as they are written.',
    'This note’s times are read as they are written.',
  ],
}

const FALLBACK = [
  'Part of this note could not be shown as it was written.',
  'Parts of this note could not be shown as they were written.',
] as const

/** The reader's sentence for `count` problems of one rule. */
export function describeForReader(rule: string, count: number): string {
  const [one, several] = WORDING[rule] ?? FALLBACK
  return selectNoun(count, one, several)
}
