import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session';
import { isUiLocale, UI_LOCALES } from '../i18n';
import { localTimeIn } from '../format/time';
import { InlineError } from './states';
import { useModalDialog } from './useModalDialog';

const LOCALE_NAMES: Record<string, string> = { en: 'English', 'zh-CN': '简体中文' };

/** The agent's own settings: app language and the time zone every date is shown in. */
export function PreferencesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { session, setLocale, setTimezone } = useSession();
  const ref = useModalDialog(open);
  const [locale, setLocaleDraft] = useState(session.agent.locale);
  const [timezone, setTimezoneDraft] = useState(session.agent.timezone);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);

  // Each opening starts from the saved settings, not from an abandoned edit.
  useEffect(() => {
    if (!open) return;
    setLocaleDraft(session.agent.locale);
    setTimezoneDraft(session.agent.timezone);
    setError(null);
  }, [open, session.agent.locale, session.agent.timezone]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      if (isUiLocale(locale) && locale !== session.agent.locale) await setLocale(locale);
      if (timezone !== session.agent.timezone) await setTimezone(timezone);
      onClose();
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="preferences-title" onClose={onClose}>
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <h2 id="preferences-title">{t('preferences.title')}</h2>
        <label className="field">
          <span>{t('language')}</span>
          <select value={locale} onChange={(e) => setLocaleDraft(e.target.value)}>
            {UI_LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('preferences.timezone')}</span>
          <select value={timezone} onChange={(e) => setTimezoneDraft(e.target.value)}>
            {(zones.includes(timezone) ? zones : [timezone, ...zones]).map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
          <span className="muted small">{t('preferences.timeThere', { time: localTimeIn(timezone, i18n.language) })}</span>
        </label>
        <InlineError error={error} />
        <div className="composer-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {t('save')}
          </button>
          <button type="button" className="button button-ghost" onClick={onClose}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
