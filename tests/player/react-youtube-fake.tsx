import { Component, type ReactNode } from 'react'

/**
 * What the fake react-youtube last received, for tests to fire its events.
 * Shared through `vi.hoisted` so the `vi.mock` factory can fill it in.
 */
export interface ReactYouTubeFakeState {
  props: Record<string, unknown> | null
  instance: FakeYouTube | null
  renders: number
}

/**
 * Stands in for react-youtube's class: records its props and exposes the
 * field react-youtube sets while it destroys a player (`destroyPlayerPromise`).
 */
export class FakeYouTube extends Component<Record<string, unknown>> {
  static state: ReactYouTubeFakeState = { props: null, instance: null, renders: 0 }
  destroyPlayerPromise: Promise<void> | undefined = undefined

  override componentDidMount(): void {
    FakeYouTube.state.instance = this
  }

  override render(): ReactNode {
    FakeYouTube.state.props = this.props
    FakeYouTube.state.renders += 1
    return <div data-testid="react-youtube" />
  }
}

export function resetFakeYouTube(): void {
  FakeYouTube.state = { props: null, instance: null, renders: 0 }
}

/** Calls the handler prop react-youtube would call for `name`. */
export function fireYouTube(name: string, event: unknown): void {
  const handler = FakeYouTube.state.props?.[name]
  if (typeof handler !== 'function') throw new Error(`react-youtube got no ${name} prop`)
  handler(event)
}
