import { createContext, use } from 'react'

/**
 * Who reads the page: the `author` on the dev server, who is told how to fix a
 * note, or a `reader` of a built site, who is told what they see. `main.tsx`
 * decides it from `import.meta.env.DEV`.
 */
export type Audience = 'author' | 'reader'

export const AudienceContext = createContext<Audience>('author')

/** The audience the app was started for. */
export function useAudience(): Audience {
  return use(AudienceContext)
}
