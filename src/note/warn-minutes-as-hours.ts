import type { VFile } from 'vfile'
import { formatTimestamp } from '../time/timestamp.ts'
import { classifyStamps, LATE_WITHOUT_DURATION, LONGEST_VIDEO } from './classify-stamps.ts'
import type { Citation, Claim, TimestampMode } from './model.ts'

const FORCE =
  'If so, add `timestamps: mm:ss` to the frontmatter; the reader also reads them so once it knows the video’s length.'

/**
 * Without the video's duration the parser can still notice a note whose stamps
 * look like `MM:SS` written as `HH:MM:SS` (DESIGN §2): some are late (past four
 * hours) and every late one ends in the same last field. It says so, and how to
 * force the reading. A note that also writes real hours beside them, or whose
 * stamps past YouTube's twelve-hour limit do not share a last field, is mixed:
 * flagged, since no rule reads it. Definitions: classify-stamps.ts.
 */
export function warnMinutesAsHours(
  claims: readonly Claim[],
  mode: TimestampMode,
  file: VFile,
): void {
  if (mode === 'mm:ss') return
  const citations = claims.flatMap((claim) => claim.citations)
  const times = citations.map((c) => c.seconds)
  const reading = classifyStamps(times, LATE_WITHOUT_DURATION)
  if (reading.type === 'fits') return
  const late = citations.filter((c) => c.seconds > LATE_WITHOUT_DURATION)
  const latest = late.reduce((max, c) => (c.seconds > max.seconds ? c : max))
  const stamps = late.length === 1 ? 'A stamp lies' : `${late.length} stamps lie`
  const hoursIn = `the latest ${Math.floor(latest.seconds / 3600)}h in`
  if (reading.type === 'minutes-as-hours') {
    const field = String(reading.field).padStart(2, '0')
    warn(
      file,
      'stamps-minutes-as-hours',
      `${stamps} past 4 hours, every one ending in :${field} (${hoursIn}): they may be MM:SS written as HH:MM:${field}. ${FORCE}`,
      latest,
    )
  } else if (reading.type === 'mixed' && reading.why === 'real-hours') {
    warn(
      file,
      'stamps-mixed',
      `${stamps} past 4 hours (${hoursIn}) as if MM:SS were written as hours, yet ${formatTimestamp(reading.example)} reads as real hours: the note mixes both, so the reader will not guess. Write every stamp one way.`,
      latest,
    )
  } else if (latest.seconds > LONGEST_VIDEO) {
    warn(
      file,
      'stamps-mixed',
      `${stamps} past 4 hours, some past YouTube’s 12-hour limit (${hoursIn}), and their last fields differ: no rule reads them, so the reader will not guess. Check the stamps.`,
      latest,
    )
  }
}

function warn(file: VFile, ruleId: string, reason: string, at: Citation): void {
  const msg = file.message(reason, {
    ruleId,
    source: 'lockstep',
    ...(at.place ? { place: at.place } : {}),
  })
  msg.fatal = false
}
