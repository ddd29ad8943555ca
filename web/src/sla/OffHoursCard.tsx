import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, InlineError, LoadingState } from '../shell/states';
import { useSaveSlaSettings, useSlaSettings } from './api';
import { MARKETPLACES } from './policy-form';
import { OFF_HOURS_CHANNELS, type SlaSettings } from './types';

type Override = 'default' | 'on' | 'off';

/** The marketplace rows as the form shows them: each follows the default unless set on or off. */
function marketplaceOverride(settings: SlaSettings, marketplace: string): Override {
  const value = settings.offHours.marketplaces[marketplace];
  return value === undefined ? 'default' : value ? 'on' : 'off';
}

function withOverride(settings: SlaSettings, marketplace: string, override: Override): SlaSettings {
  const { [marketplace]: _old, ...rest } = settings.offHours.marketplaces;
  const marketplaces = (override === 'default' ? rest : { ...rest, [marketplace]: override === 'on' }) as SlaSettings['offHours']['marketplaces'];
  return { ...settings, offHours: { ...settings.offHours, marketplaces } };
}

/**
 * Off-hours acknowledgement and remediation defaults: whether a buyer writing outside business
 * hours is told when a human will answer, per channel and marketplace (off for marketplaces unless
 * an admin says otherwise: they penalise automatic replies), the interim promise and the coupon.
 */
export function OffHoursCard({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation(['sla', 'common', 'admin']);
  const settings = useSlaSettings();
  const save = useSaveSlaSettings();
  const [form, setForm] = useState<SlaSettings | null>(null);
  const [saved, setSaved] = useState(false);
  const ids = { title: useId(), minutes: useId(), coupon: useId() };

  useEffect(() => {
    if (settings.data) setForm(settings.data);
  }, [settings.data]);

  return (
    <section className="adm-card" aria-labelledby={ids.title} data-testid="off-hours-settings">
      <div className="adm-card-head">
        <h2 id={ids.title}>{t('offHours.title')}</h2>
      </div>
      <p className="muted small adm-readonly">{canEdit ? t('offHours.explain') : t('admin:readOnly.admin')}</p>
      {settings.isPending ? (
        <LoadingState label={t('common:loading')} />
      ) : settings.isError || !form ? (
        <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            setSaved(false);
            save.mutate(form, { onSuccess: () => setSaved(true) });
          }}
        >
          <fieldset disabled={!canEdit || save.isPending} className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
            <label className="checkbox">
              <input type="checkbox" checked={form.offHours.enabled} onChange={(e) => setForm({ ...form, offHours: { ...form.offHours, enabled: e.target.checked } })} data-field="off-hours-enabled" />
              {t('offHours.enabled')}
            </label>
            <fieldset className="adm-checkgroup">
              <legend>{t('offHours.channels')}</legend>
              <div className="sla-settings-grid">
                {OFF_HOURS_CHANNELS.map((channel) => (
                  <label key={channel} className="checkbox">
                    <input
                      type="checkbox"
                      checked={form.offHours.channels[channel] ?? false}
                      onChange={(e) => setForm({ ...form, offHours: { ...form.offHours, channels: { ...form.offHours.channels, [channel]: e.target.checked } } })}
                    />
                    {t(`common:channel.${channel}`)}
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset className="adm-checkgroup">
              <legend>{t('offHours.marketplaces')}</legend>
              <p className="muted small adm-hint">{t('offHours.marketplacesHint')}</p>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={form.offHours.marketplaces.default}
                  onChange={(e) => setForm({ ...form, offHours: { ...form.offHours, marketplaces: { ...form.offHours.marketplaces, default: e.target.checked } } })}
                />
                {t('offHours.marketplaceDefault')}
              </label>
              <div className="sla-settings-grid" style={{ marginTop: 6 }}>
                {MARKETPLACES.map((marketplace) => (
                  <label key={marketplace} className="field small">
                    <span>{t(`admin:brands.kinds.${marketplace}`)}</span>
                    <select value={marketplaceOverride(form, marketplace)} onChange={(e) => setForm(withOverride(form, marketplace, e.target.value as Override))}>
                      <option value="default">{t('offHours.followDefault', { value: form.offHours.marketplaces.default ? t('offHours.on') : t('offHours.off') })}</option>
                      <option value="on">{t('offHours.on')}</option>
                      <option value="off">{t('offHours.off')}</option>
                    </select>
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="adm-grid">
              <label className="field" htmlFor={ids.minutes}>
                <span>{t('offHours.interimPromiseMinutes')}</span>
                <input
                  id={ids.minutes}
                  type="number"
                  min={1}
                  value={form.remediation.interimPromiseMinutes}
                  onChange={(e) => setForm({ ...form, remediation: { ...form.remediation, interimPromiseMinutes: Number(e.target.value) } })}
                />
              </label>
              <label className="field" htmlFor={ids.coupon}>
                <span>{t('offHours.couponPercent')}</span>
                <input
                  id={ids.coupon}
                  type="number"
                  min={1}
                  max={90}
                  value={form.remediation.couponPercent}
                  onChange={(e) => setForm({ ...form, remediation: { ...form.remediation, couponPercent: Number(e.target.value) } })}
                />
              </label>
            </div>
          </fieldset>
          <InlineError error={save.error} />
          {canEdit && (
            <div className="adm-actions">
              <button type="submit" className="button button-primary" disabled={save.isPending}>
                {t('common:save')}
              </button>
              {saved && (
                <span className="small" role="status">
                  {t('admin:saved')}
                </span>
              )}
            </div>
          )}
        </form>
      )}
    </section>
  );
}
