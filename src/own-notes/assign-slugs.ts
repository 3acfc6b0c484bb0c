import { createUniqueNamer } from '../note/slugify.ts'

/** `notes/Rivers/nile.md` → `nile.md`: a note's slug comes from its file name only. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/**
 * The slug of each file opened together, in order. `slugFor` is the library's
 * rule (the file name, unless a vault note has it); two files of one batch
 * with the same name (in different folders) get `-2`, `-3`, so neither is lost.
 */
export function assignSlugs(
  paths: readonly string[],
  slugFor: (fileName: string) => string,
): string[] {
  const unique = createUniqueNamer()
  return paths.map((path) => unique(slugFor(baseName(path))))
}
