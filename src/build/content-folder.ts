/** The variable that points `start`, `build` and `check:content` at a vault of notes. */
export const CONTENT_VARIABLE = 'LOCKSTEP_CONTENT'

/** The folder the notes come from: `$LOCKSTEP_CONTENT` when set, else `content/`. */
export function contentFolder(env: NodeJS.ProcessEnv = process.env): string {
  const named = env[CONTENT_VARIABLE]?.trim()
  return named ? named : 'content'
}
