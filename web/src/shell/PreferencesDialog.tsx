import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session';
import { isUiLocale } from '../i18n';
import { localTimeIn } from '../format/time';
import { FormDialog } from './FormDialog';
import { UiLocaleOptions } from './LanguageSwitch';

/** The agent's own settings: app language and the time zone every date is shown in. */
export function PreferencesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { session, setLocale, setTimezone } = useSession();
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

  const submit = async () => {
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
    <FormDialog
      open={open}
      title={t('preferences.title')}
      submitLabel={t('save')}
      pending={saving}
      error={error}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <label className="field">
        <span>{t('language')}</span>
        <select value={locale} onChange={(e) => setLocaleDraft(e.target.value)}>
          <UiLocaleOptions />
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
    </FormDialog>
  );
}
