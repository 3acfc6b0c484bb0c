import { type PointerEvent, type ReactNode, useRef } from 'react'

interface PaneDividerProps {
  /** The player pane's share of the width, in percent. */
  readonly value: number
  readonly onChange: (value: number) => void
  readonly min?: number
  readonly max?: number
}

/**
 * The draggable line between the player and the note: a window splitter
 * (ARIA `separator` with a value), moved by pointer or by the arrow keys.
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/windowsplitter/
 */
export function PaneDivider({ value, onChange, min = 25, max = 70 }: PaneDividerProps): ReactNode {
  const dragging = useRef(false)
  const clamp = (v: number) => Math.round(Math.min(max, Math.max(min, v)))
  const move = (event: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return
    const container = event.currentTarget.parentElement?.getBoundingClientRect()
    if (container && container.width > 0)
      onChange(clamp(((event.clientX - container.left) / container.width) * 100))
  }
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the video and the note"
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={(event) => {
        dragging.current = true
        event.currentTarget.setPointerCapture(event.pointerId)
      }}
      onPointerMove={move}
      onPointerUp={() => (dragging.current = false)}
      onPointerCancel={() => (dragging.current = false)}
      onKeyDown={(event) => {
        const step = event.shiftKey ? 10 : 2
        if (event.key === 'ArrowLeft') onChange(clamp(value - step))
        else if (event.key === 'ArrowRight') onChange(clamp(value + step))
        else if (event.key === 'Home') onChange(min)
        else if (event.key === 'End') onChange(max)
        else return
        event.preventDefault()
      }}
      className="group relative hidden w-2 shrink-0 cursor-col-resize touch-none items-stretch justify-center lg:flex"
    >
      <span className="w-px bg-slate-200 transition-colors group-hover:w-0.5 group-hover:bg-amber-500 group-focus-visible:w-0.5 group-focus-visible:bg-amber-500 dark:bg-slate-800" />
    </div>
  )
}
