import type { ReactNode } from 'react'

/** `#/t/<target>`: one idea across the library. */
export function TopicPage({ target }: { readonly target: string }): ReactNode {
  return (
    <main className="mx-auto max-w-3xl px-6 py-10">
      <h1 className="text-2xl font-semibold">{target}</h1>
    </main>
  )
}
