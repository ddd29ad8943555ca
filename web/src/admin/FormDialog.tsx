import { useId, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../shell/states';
import { useModalDialog } from '../shell/useModalDialog';

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
      className={wide ? 'dialog adm-dialog adm-dialog-wide' : 'dialog adm-dialog'}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={onClose}
    >
      {open && (
        <form onSubmit={submit} className="stack">
          <h2 id={titleId}>{title}</h2>
          {description && (
            <p id={descriptionId} className="muted adm-dialog-text">
              {description}
            </p>
          )}
          {children}
          <InlineError error={error} />
          <div className="adm-actions">
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

/** A fieldset of checkboxes: the accessible multi-select (a <select multiple> is hard to use by mouse). */
export function CheckboxGroup({
  legend,
  hint,
  options,
  value,
  onChange,
}: {
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  value: string[];
  onChange: (value: string[]) => void;
}) {
  const hintId = useId();
  return (
    <fieldset className="adm-checkgroup" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="muted small adm-hint">
          {hint}
        </p>
      )}
      <div className="adm-checkgroup-options">
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input
              type="checkbox"
              checked={value.includes(option.value)}
              onChange={(e) => onChange(e.target.checked ? [...value, option.value] : value.filter((v) => v !== option.value))}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
