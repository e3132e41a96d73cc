// A render error shows a sentence and a way back instead of a blank window. The error itself
// is not shown: it could carry a value from the screen (a revealed secret).
import { Component, type ReactNode } from 'react';
import { i18next } from '../i18n/i18n';

export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="centered">
        <div className="card narrow" role="alert">
          <h1>{i18next.t('common.error')}</h1>
          <p>{i18next.t('common.errorBody')}</p>
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            {i18next.t('common.reload')}
          </button>
        </div>
      </main>
    );
  }
}
