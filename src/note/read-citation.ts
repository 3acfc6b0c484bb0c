import type { Seconds } from '../time/seconds.ts'
import { formatTimestamp, parseMinutesWrittenAsHours, parseTimestamp } from '../time/timestamp.ts'
import type { Severity, TimestampMode } from './model.ts'

export interface CitationProblem {
  readonly severity: Severity
  readonly rule: string
  readonly message: string
}

export type CitationReading =
  | { readonly seconds: Seconds; readonly problem: CitationProblem | null }
  | { readonly seconds: null; readonly problem: CitationProblem }

/**
 * Reads a citation anchor's time (DESIGN §1): `data-t` wins over the label;
 * an unreadable `data-t` falls back to a readable label; a disagreement is
 * a warning; when neither reads, the citation is lost (an error). In `mm:ss`
 * mode, `H:MM:SS` stamps are read as minutes and seconds, their last field dropped.
 */
export function readCitation(
  dataT: string | null,
  label: string,
  mode: TimestampMode,
): CitationReading {
  const fromData = dataT === null ? null : readStamp(dataT, mode)
  const fromLabel = readStamp(label, mode)
  const shownLabel = label.trim()
  if (fromData !== null) {
    if (fromLabel !== null && fromLabel !== fromData) {
      return {
        seconds: fromData,
        problem: {
          severity: 'warning',
          rule: 'citation-label-mismatch',
          message: `The citation's data-t (${formatTimestamp(fromData)}) and its label ${shownLabel} disagree; data-t is used.`,
        },
      }
    }
    return { seconds: fromData, problem: null }
  }
  if (fromLabel !== null) {
    const problem: CitationProblem =
      dataT === null
        ? {
            severity: 'info',
            rule: 'citation-data-t-missing',
            message: `The citation has no data-t; its label ${shownLabel} is used.`,
          }
        : {
            severity: 'warning',
            rule: 'citation-data-t-invalid',
            message: `The citation's data-t "${dataT}" is not a time; its label ${shownLabel} is used.`,
          }
    return { seconds: fromLabel, problem }
  }
  return {
    seconds: null,
    problem: {
      severity: 'error',
      rule: 'citation-unreadable',
      message: `Neither the citation's data-t "${dataT ?? ''}" nor its label "${shownLabel}" is a time (H:MM:SS, M:SS or seconds); it is shown as plain text.`,
    },
  }
}

/** Reads a stamp of the note: anything parseTimestamp takes, `H:MM:SS` as `H:MM` in `mm:ss` mode. */
export function readStamp(text: string, mode: TimestampMode): Seconds | null {
  return (mode === 'mm:ss' ? parseMinutesWrittenAsHours(text) : null) ?? parseTimestamp(text)
}
