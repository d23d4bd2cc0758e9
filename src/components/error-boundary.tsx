import { Component, type ErrorInfo, type ReactNode } from 'react'

interface ErrorBoundaryProps {
  /** What to say when the children crash; the page around them keeps working. */
  fallback: (error: Error, reset: () => void) => ReactNode
  children: ReactNode
  /** When this changes, a crashed subtree gets another chance. */
  resetKey?: unknown
}

interface ErrorBoundaryState {
  error: Error | null
  resetKey: unknown
}

export class ErrorBoundary extends Component<
  ErrorBoundaryProps,
  ErrorBoundaryState
> {
  state: ErrorBoundaryState = { error: null, resetKey: this.props.resetKey }

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    if (props.resetKey !== state.resetKey)
      return { error: null, resetKey: props.resetKey }
    return null
  }

  componentDidCatch(_error: Error, _info: ErrorInfo): void {
    // Deliberately not logged: error reports must never carry a token.
  }

  private reset = () => this.setState({ error: null })

  render() {
    if (this.state.error)
      return this.props.fallback(this.state.error, this.reset)
    return this.props.children
  }
}
