import { describe, expect, it, vi } from 'vitest'
import { createParseClient, timeLimitFor } from '../../src/own-notes/parse-client.ts'
import { generateNote } from '../bench/generate-note.ts'
import { fakeParseWorker, type FakeWorker } from './fake-parse-worker.ts'
import { ownNoteOf, TIDES } from './own-note-of.ts'

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer

describe('the parse client', () => {
  it('yields the note the build would make, put back together from its parts', async () => {
    const client = createParseClient({ spawn: () => fakeParseWorker() })
    const stages: string[] = []
    const outcome = await client.parse(
      { name: 'tides.md', slug: 'tides', bytes: bytesOf(TIDES) },
      (report) => stages.push(report.stage),
    )
    const expected = ownNoteOf(TIDES, 'tides')
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.parsed.note).toEqual(expected.note)
    expect(outcome.parsed.record).toEqual(expected.record)
    expect(JSON.parse(await outcome.stored.text())).toEqual(outcome.parsed)
    expect(stages).toEqual(['checking', 'parsing', 'describing', 'sending'])
  })

  it('sends a big note in many parts, put back in order', async () => {
    const big = generateNote(40_000)
    const client = createParseClient({ spawn: () => fakeParseWorker() })
    let parts = 0
    const outcome = await client.parse(
      { name: 'big.md', slug: 'big', bytes: bytesOf(big) },
      (report) => {
        if (report.stage === 'sending') parts = report.total
      },
    )
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    const expected = ownNoteOf(big, 'big')
    expect(outcome.parsed.note).toEqual(expected.note)
    expect(outcome.parsed.record).toEqual(expected.record)
    expect(parts).toBeGreaterThan(10)
  }, 60_000)

  it('passes the worker’s refusal of bytes that are not text', async () => {
    const client = createParseClient({ spawn: () => fakeParseWorker() })
    const outcome = await client.parse({
      name: 'photo.md',
      slug: 'photo',
      bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00]).buffer,
    })
    expect(outcome).toEqual({ ok: false, reason: 'a binary file, not text' })
  })

  it('stops a worker that takes too long, reports the file, and starts another for the next', async () => {
    vi.useFakeTimers()
    try {
      const workers: FakeWorker[] = []
      let first = true
      const client = createParseClient({
        spawn: () => {
          const worker = fakeParseWorker({ hang: first })
          first = false
          workers.push(worker)
          return worker
        },
        timeLimit: () => 1_000,
      })
      const slow = client.parse({ name: 'bomb.md', slug: 'bomb', bytes: bytesOf(TIDES) })
      const next = client.parse({ name: 'tides.md', slug: 'tides', bytes: bytesOf(TIDES) })
      await vi.advanceTimersByTimeAsync(1_000)
      expect(await slow).toEqual({
        ok: false,
        reason: expect.stringMatching(/^took longer than 1 s to read, so Lockstep stopped/),
      })
      expect(workers[0]?.terminated).toBe(true)
      await vi.advanceTimersByTimeAsync(10)
      expect((await next).ok).toBe(true)
      expect(workers).toHaveLength(2)
    } finally {
      vi.useRealTimers()
    }
  })

  it('allows 20 s a file and 30 s more per MB', () => {
    expect(timeLimitFor(0)).toBe(20_000)
    expect(timeLimitFor(1024 * 1024)).toBe(50_000)
  })
})
