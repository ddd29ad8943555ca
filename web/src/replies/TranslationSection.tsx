import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRole } from '../app/roles';
import { useSession } from '../app/session';
import { ErrorState, InlineError, LoadingState } from '../shell/states';
import { useClearTranslationSettings, useSaveTranslationSettings, useTestTranslation, useTranslationSettings, useTranslationStats } from './api';
import { formatMoney } from './labels';
import { parseCost } from './json';
import { TRANSLATION_PROVIDERS, type TranslationProvider, type TranslationSettings, type TranslationSettingsInput } from './types';
import './replies.css';

/** Each provider's public API, shown as the URL field's placeholder. */
const PUBLIC_URLS: Record<TranslationProvider, string> = {
  openai: 'https://api.openai.com/v1',
  deepl: 'https://api-free.deepl.com',
  libretranslate: 'http://localhost:5000',
};

interface Form {
  provider: TranslationProvider;
  url: string;
  apiKey: string;
  clearKey: boolean;
  model: string;
  cost: string;
}

const formOf = (s: TranslationSettings | undefined): Form => ({
  provider: s?.provider ?? 'openai',
  url: s?.url ?? '',
  apiKey: '',
  clearKey: false,
  model: s?.model ?? '',
  cost: s ? String(s.costPerMillionChars) : '',
});

/** Admin → Translation: the provider (OpenAI-compatible, DeepL, LibreTranslate), a test call, and what translation has cost. */
export function TranslationSection() {
  const { t } = useTranslation(['replies', 'common']);
  const { session } = useSession();
  const isAdmin = hasRole(session.agent.role, 'admin');
  return (
    <div className="adm-section-body">
      {isAdmin ? (
        <SettingsCard />
      ) : (
        <section className="adm-card" aria-label={t('translation.title')}>
          <p className="muted small adm-readonly">{t('translation.adminOnly')}</p>
        </section>
      )}
      {hasRole(session.agent.role, 'supervisor') && <StatsCard />}
    </div>
  );
}

function SettingsCard() {
  const { t } = useTranslation(['replies', 'common']);
  const settings = useTranslationSettings();
  const save = useSaveTranslationSettings();
  const clear = useClearTranslationSettings();
  const test = useTestTranslation();
  const [form, setForm] = useState<Form>(() => formOf(undefined));
  const [saved, setSaved] = useState(false);
  const ids = { heading: useId(), provider: useId(), url: useId(), key: useId(), model: useId(), cost: useId() };
  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setSaved(false);
    setForm((old) => ({ ...old, [key]: value }));
  };

  useEffect(() => {
    if (settings.data) setForm(formOf(settings.data));
  }, [settings.data]);

  if (settings.isPending) return <LoadingState label={t('common:loading')} />;
  if (settings.isError) return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  const s = settings.data;
  const cost = parseCost(form.cost);
  const needsModel = form.provider === 'openai';

  const submit = () => {
    if (cost === undefined) return;
    const input: TranslationSettingsInput = {
      provider: form.provider,
      ...(form.url.trim() ? { url: form.url.trim() } : {}),
      ...(form.clearKey ? { apiKey: null } : form.apiKey.trim() ? { apiKey: form.apiKey.trim() } : {}),
      model: form.model.trim() || null,
      ...(cost !== null ? { costPerMillionChars: cost } : {}),
    };
    save.mutate(input, { onSuccess: () => setSaved(true) });
  };

  const keyHint = form.clearKey ? t('translation.keyWillClear') : s.hasApiKey ? t('translation.keySet') : t('translation.keyNotSet');
  return (
    <section className="adm-card" aria-labelledby={ids.heading} data-testid="translation-settings">
      <div className="adm-card-head">
        <h2 id={ids.heading}>{t('translation.title')}</h2>
        <span className={s.enabled ? 'chip adm-on' : 'chip adm-off'} data-testid="translation-state">
          {s.enabled ? t('translation.on') : t('translation.offState')}
        </span>
      </div>
      <p className="muted small adm-readonly">{t('translation.explain')}</p>
      <form
        className="adm-grid rep-translation-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label className="field" htmlFor={ids.provider}>
          <span>{t('translation.provider')}</span>
          <select id={ids.provider} value={form.provider} onChange={(e) => set('provider', e.target.value as TranslationProvider)} data-testid="translation-provider">
            {TRANSLATION_PROVIDERS.map((p) => (
              <option key={p} value={p}>
                {t(`translation.providers.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={ids.url}>
          <span>{t('translation.url')}</span>
          <input id={ids.url} type="text" inputMode="url" spellCheck={false} maxLength={500} value={form.url} placeholder={PUBLIC_URLS[form.provider]} onChange={(e) => set('url', e.target.value)} aria-describedby={`${ids.url}-hint`} data-testid="translation-url" />
          <small id={`${ids.url}-hint`} className="muted">
            {t('translation.urlHint')}
          </small>
        </label>
        <div className="field">
          <label htmlFor={ids.key}>
            <span className="rep-label">{t('translation.apiKey')}</span>
          </label>
          <input
            id={ids.key}
            type="password"
            autoComplete="new-password"
            spellCheck={false}
            maxLength={500}
            value={form.apiKey}
            disabled={form.clearKey}
            placeholder={s.hasApiKey ? t('translation.keyReplace') : ''}
            aria-describedby={`${ids.key}-hint`}
            onChange={(e) => set('apiKey', e.target.value)}
          />
          <small id={`${ids.key}-hint`} className="muted" data-testid="api-key-state">
            {keyHint}
          </small>
          {s.hasApiKey && (
            <label className="checkbox small">
              <input type="checkbox" checked={form.clearKey} onChange={(e) => set('clearKey', e.target.checked)} />
              <span>{t('translation.keyClear')}</span>
            </label>
          )}
        </div>
        <label className="field" htmlFor={ids.model}>
          <span>{t('translation.model')}</span>
          <input id={ids.model} type="text" maxLength={200} value={form.model} required={needsModel} placeholder={needsModel ? 'gpt-4o-mini' : ''} onChange={(e) => set('model', e.target.value)} aria-describedby={`${ids.model}-hint`} />
          <small id={`${ids.model}-hint`} className="muted">
            {needsModel ? t('translation.modelHintOpenai') : t('translation.modelHint')}
          </small>
        </label>
        <label className="field" htmlFor={ids.cost}>
          <span>{t('translation.cost')}</span>
          <input id={ids.cost} type="text" inputMode="decimal" value={form.cost} aria-invalid={cost === undefined} onChange={(e) => set('cost', e.target.value)} />
          {cost === undefined && <small className="inline-error">{t('translation.costInvalid')}</small>}
        </label>
        <div className="adm-span-2 adm-actions">
          <button type="submit" className="button button-primary" disabled={save.isPending || cost === undefined} aria-busy={save.isPending} data-testid="translation-save">
            {t('common:save')}
          </button>
          <button type="button" className="button" disabled={!s.enabled || test.isPending} aria-busy={test.isPending} onClick={() => test.mutate(undefined)} data-testid="translation-test">
            {test.isPending ? t('translation.testing') : t('translation.test')}
          </button>
          {s.provider && (
            <button type="button" className="button button-danger" disabled={clear.isPending} onClick={() => clear.mutate(undefined, { onSuccess: () => setForm(formOf(undefined)) })}>
              {t('translation.turnOff')}
            </button>
          )}
          <span role="status" className="muted small">
            {saved ? t('translation.saved') : ''}
          </span>
        </div>
      </form>
      <InlineError error={save.error} />
      <InlineError error={clear.error} />
      <InlineError error={test.error} />
      {test.data && (
        <p className="rep-test-result" role="status" data-testid="translation-test-result">
          {t('translation.testOk', { ms: Math.round(test.data.latencyMs), provider: t(`translation.providers.${test.data.provider}`) })} <q>{test.data.sample}</q>
        </p>
      )}
    </section>
  );
}

function StatsCard() {
  const { t, i18n } = useTranslation(['replies', 'common']);
  const { session } = useSession();
  const stats = useTranslationStats(true);
  const headingId = useId();
  const locale = i18n.language;
  const n = (value: number) => value.toLocaleString(locale);
  const ms = (value: number | null) => (value === null ? '—' : t('translation.ms', { ms: n(Math.round(value)) }));
  const d = stats.data;
  return (
    <section className="adm-card" aria-labelledby={headingId} data-testid="translation-stats">
      <div className="adm-card-head">
        <h2 id={headingId}>{t('translation.statsTitle')}</h2>
      </div>
      {d && <p className="muted small adm-readonly">{t('translation.statsExplain', { days: d.days })}</p>}
      {stats.isError ? (
        <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
      ) : !d ? (
        <span className="skeleton" aria-hidden="true" />
      ) : (
        <dl className="rep-stats">
          {(
            [
              [t('translation.calls'), n(d.calls)],
              [t('translation.cacheHits'), n(d.cachedCalls)],
              [t('translation.characters'), n(d.characters)],
              [t('translation.costTotal'), formatMoney(d.cost, session.workspace.baseCurrency, locale)],
              [t('translation.p50'), ms(d.latencyMs.p50)],
              [t('translation.p95'), ms(d.latencyMs.p95)],
              [t('translation.errors'), n(d.errors)],
            ] as const
          ).map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
