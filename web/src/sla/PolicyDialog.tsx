import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBrands } from '../api/lookups';
import { CheckboxGroup } from '../admin/CheckboxGroup';
import { CHANNELS, INTENTS, PRIORITIES } from '../app/taxonomy';
import { FormDialog } from '../shell/FormDialog';
import { useCalendars, useSavePolicy } from './api';
import { CUSTOMER_TIERS, MARKETPLACES, policyBody, policyForm, TARGET_KEYS, TARGET_UNITS, type PolicyForm, type PolicyFormError, type TargetKey } from './policy-form';
import { REASSIGN_OPTIONS, REMEDIATION_OPTIONS, type PolicyView } from './types';

/** Create or edit an SLA policy: who it applies to, its targets, pauses, the warning point and what happens at breach. */
export function PolicyDialog({ policy, open, onClose }: { policy: PolicyView | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation(['sla', 'common', 'admin']);
  const brands = useBrands();
  const calendars = useCalendars();
  const save = useSavePolicy();
  const [form, setForm] = useState<PolicyForm>(() => policyForm(policy));
  const [formError, setFormError] = useState<PolicyFormError | null>(null);
  const ids = { name: useId(), kind: useId(), tags: useId(), warn: useId(), reassign: useId(), remedy: useId(), calendar: useId() };

  const { reset } = save;
  useEffect(() => {
    if (!open) return;
    reset();
    setFormError(null);
    setForm(policyForm(policy));
  }, [open, policy, reset]);

  const submit = () => {
    const result = policyBody(form);
    if (!result.ok) {
      setFormError(result.error);
      return;
    }
    setFormError(null);
    save.mutate({ id: policy?.id ?? null, body: result.body }, { onSuccess: onClose });
  };

  const condition = (key: keyof PolicyForm['conditions'], legend: string, options: { value: string; label: string }[]) => (
    <CheckboxGroup legend={legend} options={options} value={form.conditions[key]} onChange={(values) => setForm({ ...form, conditions: { ...form.conditions, [key]: values } })} />
  );
  const errorText =
    formError?.field === 'name'
      ? t('policies.errors.name')
      : formError?.field === 'target'
        ? t('policies.errors.target', { target: t(`metric.${METRIC_OF[formError.key]}`) })
        : formError?.field === 'noTarget'
          ? t('policies.errors.noTarget')
          : formError?.field === 'warnPercent'
            ? t('policies.errors.warnPercent')
            : null;

  return (
    <FormDialog
      open={open}
      wide
      title={policy ? t('policies.editTitle', { name: policy.name }) : t('policies.addTitle')}
      submitLabel={policy ? t('common:save') : t('policies.create')}
      pending={save.isPending}
      error={save.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <div className="adm-grid">
        <label className="field" htmlFor={ids.name}>
          <span>{t('policies.fields.name')}</span>
          <input id={ids.name} type="text" maxLength={120} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} aria-invalid={formError?.field === 'name'} />
        </label>
        <label className="field" htmlFor={ids.kind}>
          <span>{t('policies.fields.kind')}</span>
          <select id={ids.kind} value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as PolicyForm['kind'] })} data-field="kind">
            <option value="team">{t('kind.team')}</option>
            <option value="contract">{t('kind.contract')}</option>
          </select>
        </label>
        <p className="muted small adm-span-2 adm-hint">{t('policies.kindHint')}</p>
        <label className="checkbox adm-span-2">
          <input type="checkbox" checked={form.enabled} onChange={(e) => setForm({ ...form, enabled: e.target.checked })} />
          {t('policies.fields.enabled')}
        </label>
      </div>

      <fieldset className="adm-checkgroup">
        <legend>{t('policies.fields.conditions')}</legend>
        <p className="muted small adm-hint">{t('policies.conditionsHint')}</p>
        <div className="stack">
          {condition('priorities', t('policies.conditions.priorities'), PRIORITIES.map((p) => ({ value: p, label: t(`common:priority.${p}`) })))}
          {condition('channels', t('policies.conditions.channels'), CHANNELS.map((c) => ({ value: c, label: t(`common:channel.${c}`) })))}
          {condition('marketplaces', t('policies.conditions.marketplaces'), MARKETPLACES.map((m) => ({ value: m, label: t(`admin:brands.kinds.${m}`) })))}
          {condition('brandIds', t('policies.conditions.brands'), (brands.data ?? []).map((b) => ({ value: b.id, label: b.name })))}
          {condition('customerTiers', t('policies.conditions.customerTiers'), CUSTOMER_TIERS.map((tier) => ({ value: tier, label: t(`tiers.${tier}`) })))}
          {condition('intents', t('policies.conditions.intents'), INTENTS.map((code) => ({ value: code, label: t(`common:intents.${code}` as 'common:intents.other') })))}
          <label className="field" htmlFor={ids.tags}>
            <span>{t('policies.conditions.tags')}</span>
            <input id={ids.tags} type="text" placeholder="vip, chargeback" value={form.tags} onChange={(e) => setForm({ ...form, tags: e.target.value })} />
          </label>
        </div>
      </fieldset>

      <fieldset className="adm-checkgroup" data-testid="policy-targets">
        <legend>{t('policies.fields.targets')}</legend>
        <div className="stack">
          {TARGET_KEYS.map((key) => (
            <TargetRow key={key} targetKey={key} form={form} setForm={setForm} invalid={formError?.field === 'target' && formError.key === key} />
          ))}
        </div>
      </fieldset>

      <div className="adm-grid">
        <label className="checkbox">
          <input type="checkbox" checked={form.pauseOnPending} onChange={(e) => setForm({ ...form, pauseOnPending: e.target.checked })} />
          {t('policies.fields.pauseOnPending')}
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={form.pauseOnHold} onChange={(e) => setForm({ ...form, pauseOnHold: e.target.checked })} />
          {t('policies.fields.pauseOnHold')}
        </label>
        <label className="field" htmlFor={ids.warn}>
          <span>{t('policies.fields.warnPercent')}</span>
          <input id={ids.warn} type="number" min={1} max={99} value={form.warnPercent} onChange={(e) => setForm({ ...form, warnPercent: e.target.value })} aria-invalid={formError?.field === 'warnPercent'} />
        </label>
        <label className="field" htmlFor={ids.calendar}>
          <span>{t('policies.fields.calendar')}</span>
          <select id={ids.calendar} value={form.calendarId} onChange={(e) => setForm({ ...form, calendarId: e.target.value })} data-field="calendar">
            <option value="">{t('policies.teamCalendar')}</option>
            {calendars.data?.map((calendar) => (
              <option key={calendar.id} value={calendar.id}>
                {calendar.name}
              </option>
            ))}
          </select>
        </label>
      </div>

      <fieldset className="adm-checkgroup">
        <legend>{t('policies.fields.onBreach')}</legend>
        <div className="adm-grid">
          <label className="checkbox adm-span-2">
            <input type="checkbox" checked={form.onBreach.raisePriority} onChange={(e) => setForm({ ...form, onBreach: { ...form.onBreach, raisePriority: e.target.checked } })} />
            {t('policies.fields.raisePriority')}
          </label>
          <label className="field" htmlFor={ids.reassign}>
            <span>{t('policies.fields.reassign')}</span>
            <select id={ids.reassign} value={form.onBreach.reassign} onChange={(e) => setForm({ ...form, onBreach: { ...form.onBreach, reassign: e.target.value as PolicyForm['onBreach']['reassign'] } })}>
              {REASSIGN_OPTIONS.map((option) => (
                <option key={option} value={option}>
                  {t(`policies.reassign.${option}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field" htmlFor={ids.remedy}>
            <span>{t('policies.fields.remediation')}</span>
            <select id={ids.remedy} value={form.onBreach.remediation} onChange={(e) => setForm({ ...form, onBreach: { ...form.onBreach, remediation: e.target.value as PolicyForm['onBreach']['remediation'] } })}>
              {REMEDIATION_OPTIONS.map((option) => (
                <option key={option} value={option}>
                  {t(`policies.remediation.${option}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </fieldset>
      {errorText && (
        <p className="inline-error" role="alert">
          {errorText}
        </p>
      )}
    </FormDialog>
  );
}

const METRIC_OF = { firstResponse: 'first_response', nextResponse: 'next_response', resolution: 'resolution' } as const satisfies Record<TargetKey, string>;

function TargetRow({ targetKey, form, setForm, invalid }: { targetKey: TargetKey; form: PolicyForm; setForm: (form: PolicyForm) => void; invalid: boolean }) {
  const { t } = useTranslation('sla');
  const target = form.targets[targetKey];
  const set = (change: Partial<typeof target>) => setForm({ ...form, targets: { ...form.targets, [targetKey]: { ...target, ...change } } });
  const label = t(`metric.${METRIC_OF[targetKey]}`);
  return (
    <div className="sla-target" data-target={targetKey}>
      <label className="checkbox">
        <input type="checkbox" checked={target.enabled} onChange={(e) => set({ enabled: e.target.checked })} />
        {label}
      </label>
      <input type="number" min={1} aria-label={t('policies.targetAmount', { target: label })} disabled={!target.enabled} value={target.amount} onChange={(e) => set({ amount: e.target.value })} aria-invalid={invalid} />
      <select aria-label={t('policies.targetUnit', { target: label })} disabled={!target.enabled} value={target.unit} onChange={(e) => set({ unit: e.target.value as typeof target.unit })}>
        {TARGET_UNITS.map((unit) => (
          <option key={unit} value={unit}>
            {t(`unitNames.${unit}`)}
          </option>
        ))}
      </select>
      <select aria-label={t('policies.targetClock', { target: label })} disabled={!target.enabled} value={target.businessTime ? 'business' : 'calendar'} onChange={(e) => set({ businessTime: e.target.value === 'business' })}>
        <option value="business">{t('time.business')}</option>
        <option value="calendar">{t('time.calendar')}</option>
      </select>
    </div>
  );
}
