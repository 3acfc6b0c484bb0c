import { useEffect, useState } from 'react'
import type { NoteSource } from '../../own-notes/open-own-notes.ts'
import { takeDropped } from '../../own-notes/take-dropped.ts'

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false
}

/**
 * Files and folders dropped anywhere on the window open as notes. Returns
 * whether files are being dragged over the window, for the overlay.
 */
export function useWindowDrop(onDrop: (sources: Promise<NoteSource[]>) => void): boolean {
  const [dragging, setDragging] = useState(false)
  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: count them.
    let depth = 0
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth++
      setDragging(true)
    }
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setDragging(false)
    }
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault() // without it the browser opens the file itself
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
    }
    const drop = (event: DragEvent) => {
      depth = 0
      setDragging(false)
      if (!event.dataTransfer || !carriesFiles(event)) return
      event.preventDefault()
      onDrop(takeDropped(event.dataTransfer)())
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragleave', leave)
    window.addEventListener('dragover', over)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('dragover', over)
      window.removeEventListener('drop', drop)
    }
  }, [onDrop])
  return dragging
}
