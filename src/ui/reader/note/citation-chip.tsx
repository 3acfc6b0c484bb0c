import type { ComponentProps, ReactNode } from 'react'
import type { ClaimId } from '../../../note/model.ts'
import { toSeconds } from '../../../time/seconds.ts'
import { useGoToClaim, usePlayback } from '../playback-context.ts'
import { useBeyondEnd } from './use-claim-flags.ts'

/** A citation: the moment of the video a claim rests on. A click plays from it. */
export function CitationChip({ children, ...props }: ComponentProps<'button'>): ReactNode {
  const playback = usePlayback()
  const goToClaim = useGoToClaim()
  const seconds = Number((props as Record<string, unknown>)['data-citation'])
  const beyond = useBeyondEnd(seconds)
  return (
    <button
      {...props}
      type="button"
      aria-label={`Play from ${String(children)}${beyond ? ' (past the end of the video)' : ''}`}
      data-beyond={beyond ? '' : undefined}
      onClick={(event) => {
        const claim = event.currentTarget.closest<HTMLElement>('[data-claim-id]')?.dataset[
          'claimId'
        ] as ClaimId | undefined
        const at = toSeconds(seconds)
        // Every readable citation is inside a claim; the bare seek is only a safety net.
        if (!claim || !goToClaim(claim, { at, play: true }))
          playback.seek(at, { chosen: null, play: true })
      }}
      className="citation"
    >
      {children}
    </button>
  )
}
