import {
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react'
import { describeLinkCount, gatherTopic, type Topic, topicKeys } from '../../library/topic-links.ts'
import { useLibrary, useLibraryStore } from '../library-context.ts'
import { useLinksTo } from '../use-links-to.ts'
import { LibraryLoading } from '../library-status.tsx'
import { NoteCard } from '../library/note-card.tsx'
import { PageShell } from '../library/page-shell.tsx'
import { noteHref } from '../route.ts'
import { LinkGroups } from './link-groups.tsx'
import { PageText } from './page-text.tsx'

type Links = { readonly state: 'loading' } | { readonly state: 'failed'; readonly message: string }

/**
 * `#/t/<target>`: one idea across the library (DESIGN §3b). The topic's own
 * page first when the vault has one; the notes of a channel of that name;
 * then every claim that links to it, by note, each opening its note there.
 */
export function TopicPage({ target }: { readonly target: string }): ReactNode {
  // Each topic is a page of its own: another topic starts afresh, at the top.
  return <TopicView key={target} target={target} />
}

function TopicView({ target }: { readonly target: string }): ReactNode {
  const store = useLibraryStore()
  const status = useLibrary((s) => s.status)
  const entries = useLibrary((s) => s.entries)
  const resolver = useLibrary((s) => s.resolver)
  // Only the shards of the links that may name this topic.
  const keys = useMemo(() => topicKeys(target, { entries, resolver }), [target, entries, resolver])
  const links = useLinksTo(keys)
  const [pending, setPending] = useState<Links>({ state: 'loading' })
  const loadLinks = useCallback(() => {
    store
      .getState()
      .loadLinks(keys)
      .catch((error: unknown) =>
        setPending({
          state: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
      )
  }, [store, keys])
  useEffect(() => {
    if (status === 'ready' || status === 'failed') loadLinks()
  }, [status, loadLinks])

  // A topic opened from far down the index starts at its top (going back restores the index's place).
  useLayoutEffect(() => {
    window.scrollTo({ top: 0 })
  }, [])

  const topic = useMemo(
    () => gatherTopic(target, links ?? [], { entries, resolver }),
    [target, links, entries, resolver],
  )
  useEffect(() => {
    const before = document.title
    document.title = `${topic.title} · Lockstep`
    return () => {
      document.title = before
    }
  }, [topic.title])

  if (status === 'loading') return <LibraryLoading what="the topic" />
  const isChannel = topic.channelNotes.length > 0
  return (
    <PageShell width="max-w-3xl">
      <main data-topic={target} className="mx-auto max-w-3xl px-4 pt-5 pb-16 sm:px-6 sm:pt-8">
        <p className="text-sm font-medium text-amber-800 dark:text-amber-300">
          {isChannel ? 'Channel' : 'Topic'}
        </p>
        <h1 className="mt-1 text-2xl font-semibold break-words text-slate-900 sm:text-3xl dark:text-slate-50">
          {topic.title}
        </h1>
        {topic.entry?.kind === 'page' && <PageText slug={topic.entry.slug} title={topic.title} />}
        {topic.entry?.kind === 'note' && (
          <p className="mt-3 text-slate-700 dark:text-slate-300">
            This is the name of a video note:{' '}
            <a
              href={noteHref(topic.entry.slug)}
              data-topic-note={topic.entry.slug}
              className="font-medium text-amber-800 underline underline-offset-4 hover:no-underline dark:text-amber-300"
            >
              {topic.entry.title}
            </a>
            .
          </p>
        )}
        {isChannel && <ChannelNotes topic={topic} />}
        {links === null ? (
          pending.state === 'failed' ? (
            <div role="alert" className="mt-8 text-red-800 dark:text-red-300">
              <p>The links between notes could not be loaded: {pending.message}</p>
              <button
                type="button"
                onClick={() => {
                  setPending({ state: 'loading' })
                  loadLinks()
                }}
                className="mt-2 text-sm font-medium underline underline-offset-4"
              >
                Try again
              </button>
            </div>
          ) : (
            <p role="status" className="mt-8 text-slate-500 dark:text-slate-400">
              Finding the claims that link here…
            </p>
          )
        ) : (
          <TopicLinks topic={topic} target={target} />
        )}
      </main>
    </PageShell>
  )
}

function ChannelNotes({ topic }: { readonly topic: Topic }): ReactNode {
  const id = useId()
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-lg font-semibold text-slate-900 dark:text-slate-100">
        Notes from this channel
      </h2>
      <ul className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2 sm:gap-4">
        {topic.channelNotes.map((entry) => (
          <NoteCard key={entry.slug} entry={entry} showChannel={false} />
        ))}
      </ul>
    </section>
  )
}

function TopicLinks({
  topic,
  target,
}: {
  readonly topic: Topic
  readonly target: string
}): ReactNode {
  const id = useId()
  if (topic.groups.length === 0)
    return (
      <div
        data-topic-links=""
        data-count={0}
        className="mt-8 rounded-lg border border-dashed border-slate-300 px-4 py-5 text-slate-600 dark:border-slate-700 dark:text-slate-400"
      >
        <p>No claim in the library links to “{topic.title}” yet.</p>
        <p className="mt-1 text-sm">
          A note links here with{' '}
          <code className="rounded bg-slate-100 px-1 py-0.5 text-slate-800 dark:bg-slate-800 dark:text-slate-200">
            [[{target}]]
          </code>
          ; its claims will then be listed on this page.
        </p>
      </div>
    )
  return (
    <section
      aria-labelledby={id}
      data-topic-links=""
      data-count={topic.claims + topic.passages}
      className="mt-8"
    >
      <h2 id={id} className="text-lg font-semibold text-slate-900 dark:text-slate-100">
        {describeLinkCount(topic.claims, topic.passages, topic.groups.length)}
      </h2>
      <div className="mt-3">
        <LinkGroups groups={topic.groups} level={3} />
      </div>
    </section>
  )
}
