import { createContext, useContext } from 'react'
import type { GuidedTour } from '../../../sync/guided-tour.ts'

export const TourContext = createContext<GuidedTour | null>(null)

/** The guided tour of the open note: start, skip, back, stop. */
export function useTour(): GuidedTour {
  const tour = useContext(TourContext)
  if (!tour) throw new Error('useTour needs a <TourContext value={createGuidedTour(…)}> above it.')
  return tour
}
