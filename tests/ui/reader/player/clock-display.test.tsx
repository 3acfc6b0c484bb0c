// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { createReaderStore } from '../../../../src/store/reader-store.ts'
import { ReaderStoreContext } from '../../../../src/store/use-reader.ts'
import { guessDuration } from '../../../../src/time/guess-duration.ts'
import { formatTimestamp } from '../../../../src/time/timestamp.ts'
import { ClockDisplay } from '../../../../src/ui/reader/player/clock-display.tsx'
import { sampleDoc } from '../../../support/sample-note.ts'

afterEach(cleanup)

function renderClock(reserveWidth: boolean) {
  const doc = sampleDoc()
  const store = createReaderStore(doc)
  render(
    <ReaderStoreContext value={store}>
      <ClockDisplay reserveWidth={reserveWidth} />
    </ReaderStoreContext>,
  )
  const clock = screen.getByRole('timer').parentElement!
  const guess = guessDuration(doc.claims.flatMap((c) => c.citations.map((x) => x.seconds)))
  return { store, clock, guess }
}

describe('the clock', () => {
  it('keeps, from the first paint, the width the estimated length will take', () => {
    const { store, clock, guess } = renderClock(true)
    // "0:00 / ~H:MM:SS", one ch a character in the monospace font.
    const width = `${'0:00 / ~'.length + formatTimestamp(guess).length}ch`
    expect(clock.style.minWidth).toBe(width)
    expect(clock.textContent).toBe('0:00')
    act(() => store.getState().setPlayerState({ status: 'fallback', failure: 'script-blocked' }))
    const total = formatTimestamp(guess)
    expect(clock.textContent).toBe(`0:00 / ~${total} of about ${total}, estimated from the note`)
    expect(clock.style.minWidth).toBe(width)
  })

  it('reserves nothing where the row truncates the clock instead (a phone)', () => {
    const { clock } = renderClock(false)
    expect(clock.style.minWidth).toBe('')
  })
})
