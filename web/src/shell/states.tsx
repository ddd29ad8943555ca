import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** The message an agent reads for a failed request: the API's own words, or what went wrong locally. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      if (error.code === 'network') return t('errors.network');
      if (error.status === 403) return `${t('errors.forbidden')} ${error.message}`;
      return error.message;
    }
    return t('errors.unexpected');
  };
}

export function LoadingState({ label, fullPage = false }: { label: string; fullPage?: boolean }) {
  return (
    <div className={fullPage ? 'state state-page' : 'state'} role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function ErrorState({ error, onRetry, fullPage = false }: { error: unknown; onRetry?: () => void; fullPage?: boolean }) {
  const { t } = useTranslation();
  const message = useErrorMessage()(error);
  return (
    <div className={fullPage ? 'state state-page state-error' : 'state state-error'} role="alert">
      <strong>{t('errors.title')}</strong>
      <span>{message}</span>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, hint }: { title: string; hint?: string }) {
  return (
    <div className="state state-empty">
      <strong>{title}</strong>
      {hint && <span>{hint}</span>}
    </div>
  );
}

/** An inline error under a form or action, announced to screen readers. */
export function InlineError({ error }: { error: unknown }) {
  const message = useErrorMessage()(error);
  if (!error) return null;
  return (
    <p className="inline-error" role="alert">
      {message}
    </p>
  );
}
