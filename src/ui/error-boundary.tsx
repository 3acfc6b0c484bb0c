import { Component, type ErrorInfo, type ReactNode } from 'react'

interface Props {
  /** What failed, in words a reader understands: "the note", "the player". */
  readonly what: string
  readonly children: ReactNode
}

/** Keeps one failing pane from blanking the page, and says what failed. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null }

  static getDerivedStateFromError(error: Error) {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Lockstep could not show ${this.props.what}:`, error, info.componentStack)
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children
    return (
      <div
        role="alert"
        className="m-6 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
      >
        <p className="font-medium">Lockstep could not show {this.props.what}.</p>
        <p className="mt-1 text-sm">{this.state.error.message}</p>
        <button
          type="button"
          className="mt-3 rounded border border-current px-2 py-1 text-sm"
          onClick={() => this.setState({ error: null })}
        >
          Try again
        </button>
      </div>
    )
  }
}
