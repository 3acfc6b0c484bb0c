import type { VFile } from 'vfile'
import type { Claim, TimestampMode } from './model.ts'

/** A video longer than this is rare enough that whole-minute stamps past it suggest `MM:SS`. */
const SUSPICIOUS_SECONDS = 4 * 3600

/**
 * Without the video's duration the parser can still notice a note whose stamps
 * look like `MM:SS` written as `HH:MM:00` (DESIGN §2): some lie beyond four
 * hours, and all of those are whole minutes. It says so, and how to force the reading;
 * the reader repairs such notes itself once it knows the duration.
 */
export function warnMinutesAsHours(
  claims: readonly Claim[],
  mode: TimestampMode,
  file: VFile,
): void {
  if (mode === 'mm:ss') return
  const late = claims
    .flatMap((claim) => claim.citations)
    .filter((c) => c.seconds >= SUSPICIOUS_SECONDS)
  if (late.length === 0 || late.some((c) => c.seconds % 60 !== 0)) return
  const latest = late.reduce((max, c) => (c.seconds > max.seconds ? c : max))
  const msg = file.message(
    `${late.length === 1 ? 'A stamp lies' : `${late.length} stamps lie`} past 4 hours, all on whole minutes (the latest ${Math.floor(latest.seconds / 3600)}h in): they may be MM:SS written as HH:MM:00. If so, add \`timestamps: mm:ss\` to the frontmatter; the reader also reads them so once it knows the video's length.`,
    {
      ruleId: 'stamps-minutes-as-hours',
      source: 'lockstep',
      ...(latest.place ? { place: latest.place } : {}),
    },
  )
  msg.fatal = false
}
