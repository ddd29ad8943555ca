import { useTranslation } from 'react-i18next';
import { rememberLocale, UI_LOCALE_NAMES, UI_LOCALES, type UiLocale } from '../i18n';

/** Language of the app; signed in, the choice is saved on the agent's profile. */
export function LanguageSwitch({ onChange }: { onChange?: (locale: UiLocale) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language')}</span>
      <select
        value={i18n.language}
        onChange={(e) => {
          const locale = e.target.value as UiLocale;
          if (onChange) onChange(locale);
          else rememberLocale(locale);
        }}
      >
        <UiLocaleOptions />
      </select>
    </label>
  );
}

/** The app's languages as <option>s, each named in its own script. */
export function UiLocaleOptions() {
  return UI_LOCALES.map((l) => (
    <option key={l} value={l} lang={l}>
      {UI_LOCALE_NAMES[l]}
    </option>
  ));
}
