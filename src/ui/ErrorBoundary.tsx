import { Component, type ComponentChildren, Fragment } from 'preact';
import { LiveQueryError } from '../db/liveError';
import { useT } from '../i18n';
import { Button } from './Button';
import { Notice } from './Notice';

interface Props {
  children: ComponentChildren;
  /** The address: a new address clears a caught failure (the user went elsewhere). */
  resetKey?: string;
  /** Told when a failure was caught (start-up: a failed first screen is still the first screen). */
  onCatch?: () => void;
}

interface State {
  error?: unknown;
  /** Bumped by "Opnieuw proberen": the screen mounts again, so its queries run again. */
  attempt: number;
}

/**
 * Catches a screen that throws while rendering (also a failed live query, see useLive) and shows
 * what happened in plain Dutch, with "Opnieuw proberen" and a way back, instead of a blank page.
 * One per screen (LazyScreen), so the header and the menu keep working.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { attempt: 0 };

  static override getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('unknown') };
  }

  override componentDidCatch(error: unknown): void {
    console.error('screen', error);
    this.props.onCatch?.();
  }

  override componentDidUpdate(prev: Props): void {
    if (prev.resetKey !== this.props.resetKey && this.state.error !== undefined) {
      this.setState({ error: undefined, attempt: this.state.attempt + 1 });
    }
  }

  retry = (): void => {
    this.setState({ error: undefined, attempt: this.state.attempt + 1 });
  };

  override render() {
    const { error, attempt } = this.state;
    if (error === undefined) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    return <ScreenFailure live={error instanceof LiveQueryError} onRetry={this.retry} />;
  }
}

/** What a failed screen shows: what happened, "Opnieuw proberen", back, and home. */
export function ScreenFailure({ live, onRetry }: { live: boolean; onRetry: () => void }) {
  const t = useT();
  return (
    <section class="bs-card" aria-labelledby="screen-failure" data-testid="screen-failure">
      <h1 class="utrecht-heading-1" id="screen-failure">
        {live ? t('error.liveTitle') : t('error.screenTitle')}
      </h1>
      <Notice kind="error">{live ? t('error.liveText') : t('error.screenText')}</Notice>
      <div class="bs-actions">
        <Button variant="primary" onClick={onRetry}>
          {t('error.retry')}
        </Button>
        {history.length > 1 ? <Button onClick={() => history.back()}>{t('error.back')}</Button> : null}
        <a class="utrecht-link" href="#/">
          {t('nav.toHome')}
        </a>
      </div>
    </section>
  );
}

/** A failed live query inside a part of a screen (see useLiveResult): what happened and a retry. */
export function LiveError({ onRetry }: { onRetry: () => void }) {
  const t = useT();
  return (
    <Notice kind="error">
      <p class="bs-notice__title">{t('error.liveTitle')}</p>
      <p>{t('error.liveText')}</p>
      <Button onClick={onRetry}>{t('error.retry')}</Button>
    </Notice>
  );
}
