// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { renderTimeline } from './render-timeline.tsx'

// A bar 500 px wide at x = 100 spanning 10,000 s: a mark sits at seconds / 20 px.
// Marks: 7:37 at 22.85 px; 21:40 at 65 and 22:10 at 66.5 (1.5 px apart, a crowd
// for a mouse); two claims at 1:10:23 on one pixel, 211.15; 1:31:51 at 275.55.
const LEFT = 100
const xOf = (seconds: number) => LEFT + seconds / 20

function renderOnBar() {
  const rendered = renderTimeline(10_000)
  vi.spyOn(slider(), 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ x: LEFT, y: 0, width: 500, height: 40 }),
  )
  return rendered
}

const slider = () => screen.getByRole('slider', { name: 'Video timeline' })
const mark = (id: string, seconds: number) =>
  document.querySelector<HTMLElement>(
    `[data-timeline-mark][data-claim-id="${id}"][data-seconds="${seconds}"]`,
  )!
const tooltip = () => screen.queryByRole('tooltip')
const crowd = () => screen.queryByRole('group', { name: /citations close together/ })
const rows = () => within(crowd()!).getAllByRole('button')
const pick = () => document.querySelector<HTMLElement>('[data-timeline-pick]')
const hoverAt = (target: HTMLElement, clientX: number) =>
  fireEvent.pointerMove(target, { pointerType: 'mouse', clientX })
const touch = (target: HTMLElement, clientX: number) => {
  fireEvent.pointerDown(target, { pointerType: 'touch', clientX })
  fireEvent.pointerUp(target, { pointerType: 'touch', clientX })
  // The browser's click after a tap comes too, and must not act twice.
  fireEvent.click(target, { clientX, detail: 1 })
}

describe('the timeline under a pointer', () => {
  it('names the mark nearest the pointer, not the one whose element it is over', () => {
    renderOnBar()
    // Over 21:40's element, but 0.5 px from 22:10's centre and 1 px from 21:40's.
    hoverAt(mark('t1300', 1300), xOf(1320))
    expect(tooltip()).toHaveTextContent('22:10Dams end most of them')
    expect(pick()!.style.left).toBe('13.3%')
    hoverAt(mark('t1300', 1300), xOf(1310))
    expect(tooltip()).toHaveTextContent('21:40Dams end most of them')
    expect(pick()!.style.left).toBe('13%')
  })

  it('plays the mark nearest a click, even when the click lands on a neighbour’s element', () => {
    const { seek } = renderOnBar()
    fireEvent.click(mark('t1300', 1300), { clientX: xOf(1320), detail: 1 })
    expect(seek).toHaveBeenLastCalledWith(1330, { chosen: 't1300', play: true })
    fireEvent.click(mark('t1300', 1330), { clientX: xOf(1300), detail: 1 })
    expect(seek).toHaveBeenLastCalledWith(1300, { chosen: 't1300', play: true })
  })

  it('plays the mark the pointer was on, though the browser rounds the click to a whole pixel', () => {
    const { seek } = renderOnBar()
    // 0.7 px from 21:40 and 0.8 px from 22:10; the click says 166, nearer 22:10.
    hoverAt(slider(), xOf(1300) + 0.7)
    fireEvent.pointerDown(slider(), { pointerType: 'mouse', clientX: xOf(1300) + 0.7 })
    fireEvent.pointerUp(slider(), { pointerType: 'mouse', clientX: xOf(1300) + 0.7 })
    fireEvent.click(slider(), { clientX: Math.round(xOf(1300) + 0.7), detail: 1 })
    expect(seek).toHaveBeenLastCalledWith(1300, { chosen: 't1300', play: true })
  })

  it('picks a mark up to 8 px away and seeks the bar from 8 px on, keeping the play state', () => {
    const { seek } = renderOnBar()
    fireEvent.click(slider(), { clientX: xOf(457) + 8, detail: 1 })
    expect(seek).toHaveBeenLastCalledWith(457, { chosen: 't457', play: true })
    fireEvent.click(slider(), { clientX: xOf(457) + 8.5, detail: 1 })
    expect(seek.mock.lastCall).toHaveLength(1)
    expect(seek.mock.lastCall?.[0]).toBeCloseTo(457 + 8.5 * 20, 6)
  })

  it('plays the mark a click is sent to when the click has no pointer position', () => {
    const { seek } = renderOnBar()
    // element.click(), as scripts and assistive tech send it: at 0, 0.
    mark('t4223-2', 4223).click()
    expect(seek).toHaveBeenLastCalledWith(4223, { chosen: 't4223-2', play: true })
    mark('t5511', 5511).click()
    expect(seek).toHaveBeenLastCalledWith(5511, { chosen: 't5511', play: true })
  })

  it('plays the mark whose element was clicked when two marks share its pixel', () => {
    const { seek } = renderOnBar()
    fireEvent.click(mark('t4223-2', 4223), { clientX: xOf(4223), detail: 1 })
    expect(seek).toHaveBeenLastCalledWith(4223, { chosen: 't4223-2', play: true })
    fireEvent.click(mark('t4223', 4223), { clientX: xOf(4223), detail: 1 })
    expect(seek).toHaveBeenLastCalledWith(4223, { chosen: 't4223', play: true })
  })

  it('lists the marks too close to tell apart, the picked one current, and plays the one chosen', async () => {
    const { seek } = renderOnBar()
    hoverAt(slider(), xOf(4223))
    expect(tooltip()).toHaveTextContent("1:10:23The Amazon's tidal bore")
    expect(crowd()).toHaveAccessibleName('2 citations close together')
    expect(rows().map((row) => row.textContent)).toEqual([
      "1:10:23The Amazon's tidal bore runs upstream for hours.",
      '1:10:23Bores are named differently on every river.',
    ])
    expect(rows()[0]).toHaveAttribute('aria-current', 'true')
    fireEvent.pointerEnter(rows()[1]!)
    expect(rows()[1]).toHaveAttribute('aria-current', 'true')
    expect(tooltip()).toHaveTextContent('1:10:23Bores are named')
    await userEvent.click(rows()[1]!)
    expect(seek).toHaveBeenLastCalledWith(4223, { chosen: 't4223-2', play: true })
    expect(crowd()).toBeNull()
  })

  it('shows no list for a mark standing alone, and nothing away from the marks', () => {
    renderOnBar()
    hoverAt(slider(), xOf(5511) + 3)
    expect(tooltip()).toHaveTextContent('1:31:51Surfers ride it')
    expect(crowd()).toBeNull()
    hoverAt(slider(), xOf(8000))
    expect(tooltip()).toBeNull()
    expect(pick()).toBeNull()
  })

  it('plays a mark a finger taps alone, once', () => {
    const { seek } = renderOnBar()
    touch(slider(), xOf(5511) + 14)
    expect(seek).toHaveBeenCalledTimes(1)
    expect(seek).toHaveBeenLastCalledWith(5511, { chosen: 't5511', play: true })
  })

  it('pins the list of a crowd a finger taps, plays nothing until a mark is chosen from it', async () => {
    const { seek } = renderOnBar()
    // 21:40 and 22:10 are 1.5 px apart: no finger tells them apart.
    touch(slider(), xOf(1300))
    expect(seek).not.toHaveBeenCalled()
    expect(crowd()).toHaveAccessibleName('2 citations close together')
    expect(tooltip()).toBeNull()
    expect(slider()).not.toHaveAttribute('aria-describedby')
    // The pointer leaving after the lift does not close it.
    fireEvent.pointerLeave(slider(), { pointerType: 'touch' })
    await userEvent.click(rows()[1]!)
    expect(seek).toHaveBeenLastCalledWith(1330, { chosen: 't1300', play: true })
    expect(crowd()).toBeNull()
  })

  it('closes a pinned list on a press elsewhere, or on Escape', async () => {
    const { seek } = renderOnBar()
    touch(slider(), xOf(4223))
    expect(crowd()).not.toBeNull()
    fireEvent.pointerDown(document.body, { pointerType: 'touch' })
    expect(crowd()).toBeNull()
    touch(slider(), xOf(4223))
    rows()[0]!.focus()
    await userEvent.keyboard('{Escape}')
    expect(crowd()).toBeNull()
    expect(slider()).toHaveFocus()
    expect(seek).not.toHaveBeenCalled()
  })

  it('scrubs from mark to mark under a dragging finger and plays where it lifts', () => {
    const { seek } = renderOnBar()
    fireEvent.pointerDown(slider(), { pointerType: 'touch', clientX: xOf(457) })
    expect(tooltip()).toHaveTextContent('7:37An earthquake')
    fireEvent.pointerMove(slider(), { pointerType: 'touch', clientX: xOf(2500) })
    expect(tooltip()).toBeNull()
    fireEvent.pointerMove(slider(), { pointerType: 'touch', clientX: xOf(5511) - 10 })
    expect(tooltip()).toHaveTextContent('1:31:51Surfers')
    expect(seek).not.toHaveBeenCalled()
    fireEvent.pointerUp(slider(), { pointerType: 'touch', clientX: xOf(5511) - 10 })
    expect(seek).toHaveBeenCalledTimes(1)
    expect(seek).toHaveBeenLastCalledWith(5511, { chosen: 't5511', play: true })
  })

  it('seeks where a finger lifts away from the marks', () => {
    const { seek } = renderOnBar()
    touch(slider(), xOf(8000))
    expect(seek).toHaveBeenCalledTimes(1)
    expect(seek).toHaveBeenLastCalledWith(8000)
  })

  it('ignores a finger hovering without a press', () => {
    renderOnBar()
    fireEvent.pointerMove(slider(), { pointerType: 'touch', clientX: xOf(5511) })
    expect(tooltip()).toBeNull()
  })
})
