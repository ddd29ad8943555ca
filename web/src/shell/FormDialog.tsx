import { useId, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineError } from './states';
import { useModalDialog } from './useModalDialog';

interface Props {
  open: boolean;
  title: string;
  /** A line under the heading, e.g. what deleting means. */
  description?: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  danger?: boolean;
  wide?: boolean;
  onSubmit: () => void;
  onClose: () => void;
  children?: ReactNode;
}

/**
 * A modal <dialog> with a heading, a form, the API's error in words and submit / cancel buttons.
 * Escape and Cancel both close it; the caller decides what closing means.
 */
export function FormDialog({ open, title, description, submitLabel, pending, error, danger, wide, onSubmit, onClose, children }: Props) {
  const { t } = useTranslation('common');
  const ref = useModalDialog(open);
  const titleId = useId();
  const descriptionId = useId();


  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!pending) onSubmit();
  };

  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog form-dialog form-dialog-wide' : 'dialog form-dialog'}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={onClose}
    >
      {open && (
        <form onSubmit={submit} className="stack">
          <h2 id={titleId}>{title}</h2>
          {description && (
            <p id={descriptionId} className="muted form-dialog-text">
              {description}
            </p>
          )}
          {children}
          <InlineError error={error} />
          <div className="form-dialog-actions">
            <button type="submit" className={danger ? 'button button-danger' : 'button button-primary'} disabled={pending} aria-busy={pending}>
              {submitLabel}
            </button>
            <button type="button" className="button button-ghost" onClick={onClose}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
