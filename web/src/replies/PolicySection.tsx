import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { useBrands } from '../api/lookups';
import { hasRole } from '../app/roles';
import { useSession } from '../app/session';
import { ErrorState, InlineError, LoadingState } from '../shell/states';
import { usePolicy, useResetPolicy, useSavePolicy } from './api';
import { detailMessages } from './guard';
import { parseJson, prettyJson } from './json';
import './replies.css';

/**
 * Admin → Policy guard: the rules replies are checked against (forbidden promises, competitors,
 * marketplace rules…), per brand or for the whole workspace, edited as JSON. Admins edit; others read.
 */
export function PolicySection() {
  const { t } = useTranslation(['replies', 'common']);
  const { session } = useSession();
  const canEdit = hasRole(session.agent.role, 'admin');
  const brands = useBrands();
  const [brandId, setBrandId] = useState<string | null>(null);
  const policy = usePolicy(brandId);
  const ids = { brand: useId(), heading: useId() };

  return (
    <div className="adm-section-body">
      <section className="adm-card" aria-labelledby={ids.heading} data-testid="policy">
        <div className="adm-card-head">
          <h2 id={ids.heading}>{t('policy.title')}</h2>
        </div>
        <p className="muted small adm-readonly">{canEdit ? t('policy.explain') : t('policy.readOnly')}</p>
        <div className="rep-filters">
          <label htmlFor={ids.brand} className="small">
            {t('policy.brand')}
          </label>
          <select id={ids.brand} value={brandId ?? ''} onChange={(e) => setBrandId(e.target.value || null)} data-testid="policy-brand">
            <option value="">{t('policy.workspace')}</option>
            {(brands.data ?? []).map((brand) => (
              <option key={brand.id} value={brand.id}>
                {brand.name}
              </option>
            ))}
          </select>
          {policy.data && (
            <span className={policy.data.isDefault ? 'chip adm-off' : 'chip adm-on'} data-testid="policy-state">
              {policy.data.isDefault ? (brandId ? t('policy.inherited') : t('policy.defaults')) : t('policy.custom')}
            </span>
          )}
        </div>
        {policy.isPending ? (
          <LoadingState label={t('common:loading')} />
        ) : policy.isError ? (
          <ErrorState error={policy.error} onRetry={() => void policy.refetch()} />
        ) : (
          <RulesEditor key={brandId ?? ''} brandId={brandId} rules={policy.data.rules} isDefault={policy.data.isDefault} canEdit={canEdit} />
        )}
      </section>
    </div>
  );
}

function RulesEditor({ brandId, rules, isDefault, canEdit }: { brandId: string | null; rules: unknown; isDefault: boolean; canEdit: boolean }) {
  const { t } = useTranslation(['replies', 'common']);
  const stored = prettyJson(rules);
  const [text, setText] = useState(stored);
  const save = useSavePolicy();
  const reset = useResetPolicy();
  const [saved, setSaved] = useState(false);
  const id = useId();
  const parsed = parseJson(text);
  const notObject = parsed.ok && (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value));
  const serverErrors = save.error instanceof ApiError && save.error.status === 422 ? detailMessages(save.error.details) : [];
  const changed = text !== stored;

  // Saved or reset elsewhere: show what is stored now.
  useEffect(() => setText(stored), [stored]);
  useEffect(() => {
    if (changed) setSaved(false);
  }, [changed]);

  return (
    <div className="stack">
      <label htmlFor={id} className="field">
        <span>{t('policy.rules')}</span>
        <textarea
          id={id}
          className="rep-code"
          rows={24}
          value={text}
          readOnly={!canEdit}
          spellCheck={false}
          aria-invalid={!parsed.ok || notObject}
          aria-describedby={`${id}-status`}
          onChange={(e) => setText(e.target.value)}
          data-testid="policy-rules"
        />
      </label>
      <div id={`${id}-status`} aria-live="polite">
        {!parsed.ok && (
          <p className="inline-error" data-testid="policy-json-error">
            {parsed.line ? t('policy.jsonErrorAt', { line: parsed.line, column: parsed.column ?? 1, message: parsed.message }) : t('policy.jsonError', { message: parsed.message })}
          </p>
        )}
        {notObject && <p className="inline-error">{t('policy.notObject')}</p>}
      </div>
      {serverErrors.length > 0 ? (
        <ul className="rep-liquid-errors" role="alert" aria-label={t('policy.invalid')} data-testid="policy-errors">
          {serverErrors.map((e, i) => (
            <li key={i}>
              {e.where ? <code>{e.where}</code> : null} {e.message}
            </li>
          ))}
        </ul>
      ) : (
        <InlineError error={save.error} />
      )}
      <InlineError error={reset.error} />
      {canEdit && (
        <div className="adm-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={!parsed.ok || notObject || !changed || save.isPending}
            onClick={() => parsed.ok && save.mutate({ brandId, rules: parsed.value as Record<string, unknown> }, { onSuccess: () => setSaved(true) })}
            data-testid="policy-save"
          >
            {t('common:save')}
          </button>
          <button type="button" className="button" disabled={!changed} onClick={() => setText(stored)}>
            {t('policy.discard')}
          </button>
          <button type="button" className="button button-ghost" disabled={isDefault || reset.isPending} onClick={() => reset.mutate(brandId)} data-testid="policy-reset">
            {brandId ? t('policy.resetBrand') : t('policy.reset')}
          </button>
          <span role="status" className="muted small">
            {saved ? t('policy.saved') : ''}
          </span>
        </div>
      )}
    </div>
  );
}
