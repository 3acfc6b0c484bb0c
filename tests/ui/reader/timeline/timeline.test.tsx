// @vitest-environment jsdom
import { act, fireEvent, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { toSeconds } from '../../../../src/time/seconds.ts'
import { renderTimeline } from './render-timeline.tsx'

const slider = () => screen.getByRole('slider', { name: 'Video timeline' })
const marks = () => [...document.querySelectorAll<HTMLElement>('[data-timeline-mark]')]
const mark = (id: string, seconds: number) =>
  document.querySelector<HTMLElement>(
    `[data-timeline-mark][data-claim-id="${id}"][data-seconds="${seconds}"]`,
  )!
/** The lit marks, as `claim@seconds`. */
const activeMarks = () =>
  marks()
    .filter((m) => m.hasAttribute('data-active'))
    .map((m) => `${m.dataset['claimId']}@${m.dataset['seconds']}`)
const playhead = () => document.querySelector<HTMLElement>('[data-timeline-playhead]')!

describe('the timeline', () => {
  it('puts one mark per citation on the bar, two for a claim citing two moments', () => {
    renderTimeline()
    expect(document.querySelectorAll('[data-timeline]')).toHaveLength(1)
    expect(marks().map((m) => [m.dataset['claimId'], m.dataset['seconds']])).toEqual([
      ['t457', '457'],
      ['t1300', '1300'],
      ['t1300', '1330'],
      ['t4223', '4223'],
      ['t4223-2', '4223'],
      ['t5511', '5511'],
    ])
    for (const m of marks()) expect(m).toHaveAttribute('aria-hidden', 'true')
  })

  it('places each mark at its time as a percent of the duration', () => {
    renderTimeline(10_000)
    expect(mark('t457', 457).style.left).toBe('4.57%')
    expect(mark('t1300', 1330).style.left).toBe('13.3%')
    expect(mark('t5511', 5511).style.left).toBe('55.11%')
  })

  it('colours marks by their claim’s section', () => {
    renderTimeline()
    // Tides (t4223, t5511) and History (t457, t1300, t4223-2) are different sections.
    expect(mark('t4223', 4223).style.backgroundColor).toBe(
      mark('t5511', 5511).style.backgroundColor,
    )
    expect(mark('t457', 457).style.backgroundColor).toBe(
      mark('t4223-2', 4223).style.backgroundColor,
    )
    expect(mark('t457', 457).style.backgroundColor).not.toBe(
      mark('t5511', 5511).style.backgroundColor,
    )
  })

  it('shades the stretches the note covers, merging windows that touch', () => {
    renderTimeline(10_000)
    const covered = [...document.querySelectorAll<HTMLElement>('[data-timeline-covered]')]
    // 457–517, 1300–1390 (1300→1330 and 1330→1390 touch), 4223–4283, 5511–5571.
    expect(covered.map((c) => [c.style.left, c.style.width])).toEqual([
      ['4.57%', '0.6%'],
      ['13%', '0.9%'],
      ['42.23%', '0.6%'],
      ['55.11%', '0.6%'],
    ])
  })

  it('is a labelled slider from 0 to the duration, with the time in words', () => {
    renderTimeline(12_000)
    expect(slider()).toHaveAttribute('aria-valuemin', '0')
    expect(slider()).toHaveAttribute('aria-valuemax', '12000')
    expect(slider()).toHaveAttribute('aria-valuenow', '0')
    expect(slider()).toHaveAttribute('aria-valuetext', '0:00 of 3:20:00')
    expect(slider()).toHaveAttribute('tabindex', '0')
  })

  it('spans the last citation plus a minute, and says it is approximate, until the duration is known', () => {
    const { store } = renderTimeline(null)
    expect(slider()).toHaveAttribute('aria-valuemax', '5571')
    expect(slider()).toHaveAttribute('aria-valuetext', '0:00 of about 1:32:51')
    expect(slider()).toHaveAttribute('data-approximate')
    expect(slider().title).toMatch(/approximate/)
    expect(mark('t5511', 5511).style.left).toMatch(/^98\.9/)
    act(() => store.getState().setPlayerState({ duration: toSeconds(12_000) }))
    expect(slider()).toHaveAttribute('aria-valuemax', '12000')
    expect(slider()).toHaveAttribute('aria-valuetext', '0:00 of 3:20:00')
    expect(slider()).not.toHaveAttribute('data-approximate')
    expect(slider()).not.toHaveAttribute('title')
  })

  it('plays from a mark’s own citation when it is clicked, choosing its claim', async () => {
    const { seek } = renderTimeline()
    await userEvent.click(mark('t1300', 1330))
    expect(seek).toHaveBeenLastCalledWith(1330, { chosen: 't1300', play: true })
    await userEvent.click(mark('t4223-2', 4223))
    expect(seek).toHaveBeenLastCalledWith(4223, { chosen: 't4223-2', play: true })
  })

  it('seeks to the time under the pointer when the bar is clicked between marks', () => {
    const { seek } = renderTimeline(10_000)
    vi.spyOn(slider(), 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ x: 100, y: 0, width: 1000, height: 40 }),
    )
    fireEvent.click(slider(), { clientX: 350 })
    expect(seek).toHaveBeenLastCalledWith(2500)
  })

  it('steps through the marks in video order with the arrow keys, keeping the play state', async () => {
    const { seek } = renderTimeline()
    slider().focus()
    const steps: [string, number, string][] = [
      ['{ArrowRight}', 457, 't457'],
      ['{ArrowRight}', 1300, 't1300'],
      ['{ArrowRight}', 1330, 't1300'],
      ['{ArrowRight}', 4223, 't4223'],
      // Two claims cite 4223: each is a stop.
      ['{ArrowRight}', 4223, 't4223-2'],
      ['{ArrowRight}', 5511, 't5511'],
      ['{ArrowLeft}', 4223, 't4223-2'],
      ['{ArrowLeft}', 4223, 't4223'],
      ['{ArrowLeft}', 1330, 't1300'],
    ]
    for (const [key, seconds, chosen] of steps) {
      await userEvent.keyboard(key)
      expect(seek).toHaveBeenLastCalledWith(seconds, { chosen })
    }
  })

  it('goes to the first and last marks with Home and End, and a minute with PageUp and PageDown', async () => {
    const { seek, store } = renderTimeline()
    slider().focus()
    await userEvent.keyboard('{End}')
    expect(seek).toHaveBeenLastCalledWith(5511, { chosen: 't5511' })
    await userEvent.keyboard('{Home}')
    expect(seek).toHaveBeenLastCalledWith(457, { chosen: 't457' })
    await userEvent.keyboard('{PageUp}')
    expect(seek).toHaveBeenLastCalledWith(517)
    await userEvent.keyboard('{PageDown}{PageDown}')
    expect(seek).toHaveBeenLastCalledWith(397)
    expect(store.getState().clock.now()).toBe(397)
  })

  it('does nothing past the last mark, and leaves other keys to the page', async () => {
    const { seek } = renderTimeline()
    slider().focus()
    await userEvent.keyboard('{End}')
    seek.mockClear()
    await userEvent.keyboard('{ArrowRight}')
    expect(seek).not.toHaveBeenCalled()
    const space = fireEvent.keyDown(slider(), { key: ' ' })
    expect(space).toBe(true)
  })

  it('starts the keys from where the video is, not from the first mark', async () => {
    const { seek, store } = renderTimeline()
    act(() => store.getState().clock.set(toSeconds(3000)))
    slider().focus()
    await userEvent.keyboard('{ArrowRight}')
    expect(seek).toHaveBeenLastCalledWith(4223, { chosen: 't4223' })
    act(() => store.getState().clock.set(toSeconds(4260)))
    // Half a minute into a citation, ← goes back to its start, like a player's "previous".
    await userEvent.keyboard('{ArrowLeft}')
    expect(seek).toHaveBeenLastCalledWith(4223, { chosen: 't4223-2' })
  })

  it('makes the marks of the active claims stand out, and only those', () => {
    const { store } = renderTimeline()
    act(() => store.getState().applyTime(toSeconds(4230)))
    expect(activeMarks()).toEqual(['t4223@4223', 't4223-2@4223'])
    act(() => store.getState().applyTime(toSeconds(1310)))
    // A claim citing two moments is active: both its marks show it.
    expect(activeMarks()).toEqual(['t1300@1300', 't1300@1330'])
    act(() => store.getState().applyTime(toSeconds(100)))
    expect(activeMarks()).toEqual([])
  })

  it('moves the playhead and the slider’s value with the clock, without rendering', () => {
    const { store, renders } = renderTimeline(10_000)
    const before = renders.count
    const { clock } = store.getState()
    act(() => clock.set(toSeconds(2500.5)))
    expect(playhead().style.left).toBe('25.005%')
    expect(slider()).toHaveAttribute('aria-valuenow', '2500')
    expect(slider()).toHaveAttribute('aria-valuetext', '41:40 of 2:46:40')
    const setAttribute = vi.spyOn(slider(), 'setAttribute')
    act(() => clock.set(toSeconds(2500.9)))
    expect(playhead().style.left).toBe('25.009%')
    // Screen readers hear whole seconds: within one, the value is not written again.
    expect(setAttribute).not.toHaveBeenCalled()
    act(() => clock.set(toSeconds(4223)))
    expect(slider()).toHaveAttribute('aria-valuetext', '1:10:23 of 2:46:40')
    act(() => clock.set(toSeconds(20_000)))
    expect(playhead().style.left).toBe('100%')
    expect(slider()).toHaveAttribute('aria-valuenow', '10000')
    expect(renders.count).toBe(before)
  })

  it('re-renders only the marks whose claims changed when the active set changes', () => {
    const { store, renders } = renderTimeline()
    const before = renders.count
    act(() => store.getState().applyTime(toSeconds(460)))
    // One commit for the mark that lit up; the bar itself is not rendered again.
    expect(renders.count).toBe(before + 1)
  })

  it('shows the claim’s first words and the time of the mark under the pointer', async () => {
    renderTimeline()
    await userEvent.hover(mark('t1300', 1330))
    const tooltip = screen.getByRole('tooltip')
    expect(tooltip).toHaveTextContent('22:10')
    expect(tooltip).toHaveTextContent('Dams end most of them')
    expect(slider()).toHaveAttribute('aria-describedby', tooltip.id)
    await userEvent.unhover(mark('t1300', 1330))
    await userEvent.hover(mark('t4223', 4223))
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      "1:10:23The Amazon's tidal bore runs upstream for hours",
    )
    fireEvent.pointerLeave(slider())
    expect(screen.queryByRole('tooltip')).toBeNull()
    expect(slider()).not.toHaveAttribute('aria-describedby')
  })

  it('shows the keyboard’s stop in the tooltip while the slider has focus, and hides it with Escape', async () => {
    renderTimeline()
    await userEvent.tab()
    expect(slider()).toHaveFocus()
    expect(screen.queryByRole('tooltip')).toBeNull()
    await userEvent.keyboard('{ArrowRight}')
    expect(screen.getByRole('tooltip')).toHaveTextContent('7:37An earthquake once reversed')
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('tooltip')).toBeNull()
    await userEvent.keyboard('{ArrowRight}')
    expect(screen.getByRole('tooltip')).toHaveTextContent('21:40')
    await userEvent.tab({ shift: true })
    expect(screen.queryByRole('tooltip')).toBeNull()
  })

  it('shows the claim being played in the tooltip when the slider gets focus at its moment', async () => {
    const { store } = renderTimeline()
    act(() => {
      store.getState().clock.set(toSeconds(5511))
      store.getState().applyTime(toSeconds(5511))
    })
    await userEvent.tab()
    expect(screen.getByRole('tooltip')).toHaveTextContent('1:31:51Surfers ride it for kilometres')
  })
})
