import { Component, type ErrorInfo, type ReactNode } from 'react';
import './buttons.css';
import './part-boundary.css';

interface Props {
  /** What the part is, for the message: "the country panel". */
  part: string;
  /** Leaves the broken part: closes the panel, the reader or the tour. */
  onLeave: () => void;
  leaveLabel: string;
  /** When this changes, a failed part tries again. */
  resetKey?: unknown;
  /** A part drawn ahead, out of sight: a failure shows nothing until the part is wanted. */
  quiet?: boolean;
  children: ReactNode;
}

interface State {
  failed: boolean;
  resetKey: unknown;
}

/** One part of the page that fails shows a way back; the rest keeps working. */
export class PartBoundary extends Component<Props, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept for whoever opens the developer tools; the page itself says what to do.
    console.warn(`Report Atlas could not show ${this.props.part}.`, error, info.componentStack);
  }

  private leave = () => {
    this.setState({ failed: false });
    this.props.onLeave();
  };

  override render() {
    if (!this.state.failed) return this.props.children;
    if (this.props.quiet) return null;
    return (
      <div className="part-failed" role="alert">
        <p>Sorry, {this.props.part} could not be shown. The rest of the atlas still works.</p>
        <button type="button" className="button" onClick={this.leave}>
          {this.props.leaveLabel}
        </button>
      </div>
    );
  }
}
