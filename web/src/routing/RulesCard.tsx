import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBrands } from '../api/lookups';
import { CHANNELS, INTENTS, PRIORITIES } from '../app/taxonomy';
import { AdminListCard } from '../admin/AdminListCard';
import { CheckboxGroup } from '../admin/CheckboxGroup';
import { FormDialog } from '../shell/FormDialog';
import { EmptyState } from '../shell/states';
import { useDeleteRule, useReorderRules, useRules, useSaveRule } from './api';
import { compactConditions, joinList, moved, setConditions, splitList, type ConditionKey } from './conditions';
import type { Queue, Rule, RuleConditions } from './types';

type Editing = { mode: 'create' } | { mode: 'edit'; rule: Rule } | null;

/** The ordered routing rules: what each matches, where it sends tickets; move up/down, edit, delete. */
export function RulesCard({ canEdit, queues }: { canEdit: boolean; queues: Queue[] }) {
  const { t } = useTranslation(['routing', 'admin']);
  const rules = useRules();
  const reorder = useReorderRules();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Rule | null>(null);
  const queueName = (id: string) => queues.find((q) => q.id === id)?.name ?? '—';
  const move = (index: number, step: -1 | 1) => rules.data && reorder.mutate(moved(rules.data, index, step).map((r) => r.id));

  return (
    <>
      <AdminListCard
        id="routing-rules-title"
        title={t('rules.title')}
        add={canEdit && queues.length > 0 ? { label: t('rules.add'), onClick: () => setEditing({ mode: 'create' }) } : undefined}
        note={<p className="muted small adm-readonly">{canEdit && queues.length === 0 ? t('rules.needQueue') : t('rules.note')}</p>}
        list={rules}
        skeleton={{ rows: 2, columns: canEdit ? 5 : 4 }}
        head={
          <>
            <th scope="col" className="adm-col-count">{t('rules.columns.order')}</th>
            <th scope="col" className="adm-col-name">{t('rules.columns.name')}</th>
            <th scope="col">{t('rules.columns.conditions')}</th>
            <th scope="col">{t('rules.columns.queue')}</th>
          </>
        }
        actions={canEdit ? { className: 'adm-col-actions-2', label: t('admin:actions') } : undefined}
        rows={(items) =>
          items.map((rule, index) => (
            <tr key={rule.id} data-testid="routing-rule-row" className={rule.enabled ? undefined : 'adm-inactive'}>
              <td className="routing-order">
                {index + 1}
                {canEdit && (
                  <>
                    {' '}
                    <button type="button" className="button button-ghost" disabled={index === 0 || reorder.isPending} onClick={() => move(index, -1)} aria-label={`${t('rules.moveUp')}: ${rule.name}`}>
                      ↑
                    </button>
                    <button type="button" className="button button-ghost" disabled={index === items.length - 1 || reorder.isPending} onClick={() => move(index, 1)} aria-label={`${t('rules.moveDown')}: ${rule.name}`}>
                      ↓
                    </button>
                  </>
                )}
              </td>
              <td>
                {rule.name}
                {!rule.enabled && <span className="chip adm-chip adm-off"> {t('rules.disabled')}</span>}
              </td>
              <td className="adm-wrap small">
                <ConditionSummary conditions={rule.conditions} />
              </td>
              <td>{queueName(rule.queueId)}</td>
              {canEdit && (
                <td className="adm-col-actions-2">
                  <button type="button" className="button" onClick={() => setEditing({ mode: 'edit', rule })}>
                    {t('admin:edit')}
                    <span className="visually-hidden"> {rule.name}</span>
                  </button>{' '}
                  <button type="button" className="button button-danger" onClick={() => setDeleting(rule)}>
                    {t('admin:delete')}
                    <span className="visually-hidden"> {rule.name}</span>
                  </button>
                </td>
              )}
            </tr>
          ))
        }
        empty={<EmptyState title={t('rules.empty')} />}
      />
      <RuleDialog editing={editing} queues={queues} onClose={() => setEditing(null)} />
      <DeleteRuleDialog rule={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}

function ConditionSummary({ conditions }: { conditions: RuleConditions }) {
  const { t } = useTranslation(['routing', 'common']);
  const brands = useBrands();
  const keys = setConditions(conditions);
  if (keys.length === 0) return <>{t('rules.everyTicket')}</>;
  const values = (key: Exclude<ConditionKey, 'vip'>): string => {
    const list = (conditions[key] ?? []) as string[];
    if (key === 'channels') return list.map((c) => t(`common:channel.${c}` as 'common:channel.email')).join(', ');
    if (key === 'intents') return list.map((c) => t(`common:intents.${c}` as 'common:intents.other', { defaultValue: c })).join(', ');
    if (key === 'brandIds') return list.map((id) => brands.data?.find((b) => b.id === id)?.name ?? id.slice(0, 8)).join(', ');
    return list.join(', ');
  };
  return (
    <>
      {keys
        .map((key) => (key === 'vip' ? t(conditions.vip ? 'rules.summary.vipTrue' : 'rules.summary.vipFalse') : t(`rules.summary.${key}`, { values: values(key) })))
        .join(' · ')}
    </>
  );
}

interface RuleForm {
  name: string;
  queueId: string;
  enabled: boolean;
  countries: string;
  languages: string;
  marketplaces: string;
  tiers: string;
  tags: string;
  channels: string[];
  priorities: string[];
  brandIds: string[];
  intents: string[];
  vip: '' | 'yes' | 'no';
}

function formOf(rule: Rule | null, queues: Queue[]): RuleForm {
  const c = rule?.conditions ?? {};
  return {
    name: rule?.name ?? '',
    queueId: rule?.queueId ?? queues[0]?.id ?? '',
    enabled: rule?.enabled ?? true,
    countries: joinList(c.countries),
    languages: joinList(c.languages),
    marketplaces: joinList(c.marketplaces),
    tiers: joinList(c.customerTiers),
    tags: joinList(c.tags),
    channels: [...(c.channels ?? [])],
    priorities: [...(c.priorities ?? [])],
    brandIds: [...(c.brandIds ?? [])],
    intents: [...(c.intents ?? [])],
    vip: c.vip === undefined ? '' : c.vip ? 'yes' : 'no',
  };
}

function conditionsOf(form: RuleForm): RuleConditions {
  return compactConditions({
    countries: splitList(form.countries).map((c) => c.toUpperCase()),
    languages: splitList(form.languages).map((l) => l.toLowerCase()),
    marketplaces: splitList(form.marketplaces),
    customerTiers: splitList(form.tiers),
    tags: splitList(form.tags),
    channels: form.channels as RuleConditions['channels'],
    priorities: form.priorities as RuleConditions['priorities'],
    brandIds: form.brandIds,
    intents: form.intents,
    ...(form.vip ? { vip: form.vip === 'yes' } : {}),
  });
}

export function RuleDialog({ editing, queues, onClose }: { editing: Editing; queues: Queue[]; onClose: () => void }) {
  const { t } = useTranslation(['routing', 'common']);
  const brands = useBrands();
  const save = useSaveRule();
  const rule = editing?.mode === 'edit' ? editing.rule : null;
  const [form, setForm] = useState<RuleForm>(() => formOf(null, queues));
  const ids = { name: useId(), queue: useId(), countries: useId(), languages: useId(), marketplaces: useId(), tiers: useId(), tags: useId(), vip: useId() };
  const { reset } = save;

  useEffect(() => {
    if (!editing) return;
    reset();
    setForm(formOf(editing.mode === 'edit' ? editing.rule : null, queues));
    // The queue list arriving later must not wipe what the admin typed.
  }, [editing, reset]);

  const submit = () =>
    save.mutate({ ...(rule ? { id: rule.id } : {}), body: { name: form.name.trim(), queueId: form.queueId, enabled: form.enabled, conditions: conditionsOf(form) } }, { onSuccess: onClose });

  const text = (key: 'countries' | 'languages' | 'marketplaces' | 'tiers' | 'tags', label: string, hint: string) => (
    <label className="field" htmlFor={ids[key]}>
      <span>{label}</span>
      <input id={ids[key]} type="text" value={form[key]} placeholder={hint} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
    </label>
  );

  return (
    <FormDialog
      open={editing !== null}
      wide
      title={rule ? t('rules.editTitle', { name: rule.name }) : t('rules.addTitle')}
      submitLabel={rule ? t('common:save') : t('rules.create')}
      pending={save.isPending}
      error={save.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <div className="adm-grid">
        <label className="field" htmlFor={ids.name}>
          <span>{t('rules.fields.name')}</span>
          <input id={ids.name} type="text" required maxLength={120} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </label>
        <label className="field" htmlFor={ids.queue}>
          <span>{t('rules.fields.queue')}</span>
          <select id={ids.queue} required value={form.queueId} onChange={(e) => setForm({ ...form, queueId: e.target.value })}>
            {queues.map((q) => (
              <option key={q.id} value={q.id}>
                {q.name}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox adm-span-2">
          <input type="checkbox" checked={form.enabled} onChange={(e) => setForm({ ...form, enabled: e.target.checked })} />
          <span>{t('rules.fields.enabled')}</span>
        </label>
        {text('countries', t('rules.fields.countries'), t('rules.fields.countriesHint'))}
        {text('languages', t('rules.fields.languages'), t('rules.fields.languagesHint'))}
        {text('marketplaces', t('rules.fields.marketplaces'), t('rules.fields.marketplacesHint'))}
        {text('tiers', t('rules.fields.tiers'), t('rules.fields.tiersHint'))}
        {text('tags', t('rules.fields.tags'), t('rules.fields.tagsHint'))}
        <label className="field" htmlFor={ids.vip}>
          <span>{t('rules.fields.vip')}</span>
          <select id={ids.vip} value={form.vip} onChange={(e) => setForm({ ...form, vip: e.target.value as RuleForm['vip'] })}>
            <option value="">{t('rules.fields.vipAny')}</option>
            <option value="yes">{t('rules.fields.vipOnly')}</option>
            <option value="no">{t('rules.fields.vipNot')}</option>
          </select>
        </label>
        <CheckboxGroup
          legend={t('rules.fields.channels')}
          options={CHANNELS.map((c) => ({ value: c, label: t(`common:channel.${c}`) }))}
          value={form.channels}
          onChange={(channels) => setForm({ ...form, channels })}
        />
        <CheckboxGroup
          legend={t('rules.fields.priorities')}
          options={PRIORITIES.map((p) => ({ value: p, label: t(`common:priority.${p}`) }))}
          value={form.priorities}
          onChange={(priorities) => setForm({ ...form, priorities })}
        />
        {(brands.data?.length ?? 0) > 0 && (
          <div className="adm-span-2">
            <CheckboxGroup
              legend={t('rules.fields.brands')}
              options={(brands.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
              value={form.brandIds}
              onChange={(brandIds) => setForm({ ...form, brandIds })}
            />
          </div>
        )}
        <div className="adm-span-2 routing-intents">
          <CheckboxGroup
            legend={t('rules.fields.intents')}
            options={INTENTS.map((code) => ({ value: code, label: t(`common:intents.${code}` as 'common:intents.other', { defaultValue: code }) }))}
            value={form.intents}
            onChange={(intents) => setForm({ ...form, intents })}
          />
        </div>
      </div>
    </FormDialog>
  );
}

function DeleteRuleDialog({ rule, onClose }: { rule: Rule | null; onClose: () => void }) {
  const { t } = useTranslation('routing');
  const remove = useDeleteRule();
  const { reset } = remove;
  useEffect(() => {
    if (rule) reset();
  }, [rule, reset]);
  return (
    <FormDialog
      open={rule !== null}
      danger
      title={t('rules.deleteTitle', { name: rule?.name ?? '' })}
      submitLabel={t('rules.deleteConfirm')}
      pending={remove.isPending}
      error={remove.error}
      onSubmit={() => rule && remove.mutate(rule.id, { onSuccess: onClose })}
      onClose={onClose}
    />
  );
}
