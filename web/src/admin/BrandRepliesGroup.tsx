import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplySettingKey, ReplySettingsForm } from './options';

/**
 * The "Replies" group of the brand form: what the brand's suggested replies may offer or mention
 * (survey and return links, the emergency contact, the voucher percentage, the Arabic greeting).
 * `errors` are the server's validation errors, by field.
 */
export function BrandRepliesGroup({
  value,
  onChange,
  errors,
}: {
  value: ReplySettingsForm;
  onChange: <K extends keyof ReplySettingsForm>(key: K, value: ReplySettingsForm[K]) => void;
  errors: Partial<Record<ReplySettingKey, string>>;
}) {
  const { t } = useTranslation('admin');
  const hintId = useId();
  const greetingId = useId();
  // The server's words are English; for the rules the form knows, say it in the agent's language.
  const errorText = (key: ReplySettingKey): string | undefined => {
    const error = errors[key];
    if (!error) return undefined;
    if (key === 'surveyUrl' || key === 'returnUrl') return t('brands.replies.invalidUrl');
    if (key === 'couponPercent') return t('brands.replies.invalidPercent');
    return error;
  };

  return (
    <fieldset className="adm-checkgroup" aria-describedby={hintId} data-testid="brand-replies">
      <legend>{t('brands.replies.legend')}</legend>
      <p id={hintId} className="muted small adm-hint">
        {t('brands.replies.hint')}
      </p>
      <div className="adm-grid">
        <Field label={t('brands.replies.surveyUrl')} hint={t('brands.replies.surveyUrlHint')} error={errorText('surveyUrl')} wide>
          {(props) => (
            <input
              {...props}
              type="text"
              inputMode="url"
              autoComplete="off"
              maxLength={500}
              placeholder="https://"
              value={value.surveyUrl}
              onChange={(e) => onChange('surveyUrl', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('brands.replies.returnUrl')} hint={t('brands.replies.returnUrlHint')} error={errorText('returnUrl')} wide>
          {(props) => (
            <input
              {...props}
              type="text"
              inputMode="url"
              autoComplete="off"
              maxLength={500}
              placeholder="https://"
              value={value.returnUrl}
              onChange={(e) => onChange('returnUrl', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('brands.replies.emergencyContact')} hint={t('brands.replies.emergencyContactHint')} error={errorText('emergencyContact')}>
          {(props) => (
            <input
              {...props}
              type="text"
              autoComplete="off"
              maxLength={200}
              value={value.emergencyContact}
              onChange={(e) => onChange('emergencyContact', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('brands.replies.couponPercent')} hint={t('brands.replies.couponPercentHint')} error={errorText('couponPercent')}>
          {(props) => (
            <input
              {...props}
              type="number"
              inputMode="numeric"
              required
              min={1}
              max={90}
              step={1}
              value={value.couponPercent}
              onChange={(e) => onChange('couponPercent', e.target.value)}
            />
          )}
        </Field>
        <div className="field adm-span-2">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={value.religiousGreeting}
              aria-describedby={`${greetingId}-hint`}
              onChange={(e) => onChange('religiousGreeting', e.target.checked)}
            />
            <span>{t('brands.replies.religiousGreeting')}</span>
          </label>
          <small id={`${greetingId}-hint`} className="muted">
            {t('brands.replies.religiousGreetingHint')}
          </small>
          {errorText('religiousGreeting') && (
            <p className="inline-error small adm-field-error" role="alert">
              {errorText('religiousGreeting')}
            </p>
          )}
        </div>
      </div>
    </fieldset>
  );
}

interface InputProps {
  id: string;
  'aria-describedby': string;
  'aria-invalid': boolean;
}

/** A labelled input with its help text and error; both describe the input and stay out of its name. */
function Field({ label, hint, error, wide, children }: { label: string; hint: string; error?: string; wide?: boolean; children: (props: InputProps) => ReactNode }) {
  const id = useId();
  return (
    <div className={wide ? 'field adm-span-2' : 'field'}>
      <span>
        <label htmlFor={id}>{label}</label>
      </span>
      {children({ id, 'aria-describedby': error ? `${id}-error ${id}-hint` : `${id}-hint`, 'aria-invalid': Boolean(error) })}
      <small id={`${id}-hint`} className="muted">
        {hint}
      </small>
      {error && (
        <p id={`${id}-error`} className="inline-error small adm-field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
