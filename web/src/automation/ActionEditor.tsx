import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgents, useTeams } from '../api/lookups';
import { blankDraft, type ActionDraft } from './action-drafts';
import { useQueues, useSlaPolicies, useTemplateKeys } from './api';
import { ACTION_TYPES, type ActionType } from './types';

const STATUSES = ['new', 'open', 'pending', 'on_hold', 'solved', 'closed'] as const;
const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;

interface Props {
  index: number;
  draft: ActionDraft;
  onChange: (draft: ActionDraft) => void;
  onRemove: (() => void) | undefined;
}

/** One action of a rule: its type, then the few fields that type needs. */
export function ActionEditor({ index, draft, onChange, onRemove }: Props) {
  const { t } = useTranslation(['automation', 'common']);
  const typeId = useId();
  const set = (key: string, value: string) => onChange({ ...draft, [key]: value });

  return (
    <div className="auto-action" data-testid="automation-action">
      <div className="auto-action-head">
        <label className="field" htmlFor={typeId}>
          <span>{t('dialog.actionType', { n: index + 1 })}</span>
          <select id={typeId} value={draft.type} onChange={(e) => onChange(blankDraft(e.target.value as ActionType))}>
            {ACTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`actionTypes.${type}`)}
              </option>
            ))}
          </select>
        </label>
        {onRemove && (
          <button type="button" className="button button-ghost" onClick={onRemove}>
            ✕<span className="visually-hidden">{t('dialog.removeAction', { n: index + 1 })}</span>
          </button>
        )}
      </div>
      <ActionFields draft={draft} set={set} />
    </div>
  );
}

function ActionFields({ draft, set }: { draft: ActionDraft; set: (key: string, value: string) => void }) {
  const { t } = useTranslation(['automation', 'common']);
  const agents = useAgents();
  const teams = useTeams();
  const queues = useQueues();
  const policies = useSlaPolicies();
  const templates = useTemplateKeys();
  const listId = useId();
  const value = (key: string) => draft[key] ?? '';
  const text = (key: string, label: string, extra: { required?: boolean; type?: string; placeholder?: string; hint?: string; list?: string } = {}) => (
    <label className="field">
      <span>{label}</span>
      <input type={extra.type ?? 'text'} required={extra.required} placeholder={extra.placeholder} list={extra.list} value={value(key)} onChange={(e) => set(key, e.target.value)} />
      {extra.hint && <span className="muted small">{extra.hint}</span>}
    </label>
  );
  const select = (key: string, label: string, options: { value: string; label: string }[], required = true) => (
    <label className="field">
      <span>{label}</span>
      <select value={value(key)} required={required} onChange={(e) => set(key, e.target.value)}>
        {required && value(key) === '' && <option value="" disabled />}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  const named = (items: { id: string; name: string }[] | undefined) => (items ?? []).map((i) => ({ value: i.id, label: i.name }));

  switch (draft.type) {
    case 'set_status':
      return select('value', t('fields.status'), STATUSES.map((s) => ({ value: s, label: t(`common:status.${s}`) })));
    case 'set_priority':
      return select('value', t('fields.priority'), [
        { value: 'up', label: t('fields.priorityUp') },
        { value: 'down', label: t('fields.priorityDown') },
        ...PRIORITIES.map((p) => ({ value: p, label: t(`common:priority.${p}`) })),
      ]);
    case 'add_tags':
    case 'remove_tags':
      return text('tags', t('fields.tags'), { required: true });
    case 'assign':
      return select('agentId', t('fields.agent'), named(agents.data?.filter((a) => a.active)));
    case 'route':
      return select('queueId', t('fields.queue'), [{ value: '', label: t('fields.queueByRules') }, ...named(queues.data)], false);
    case 'set_team':
      return select('teamId', t('fields.team'), [{ value: '', label: t('fields.noTeam') }, ...named(teams.data)], false);
    case 'set_sla_policy':
      return select('policyId', t('fields.policy'), [{ value: '', label: t('fields.noPolicy') }, ...named(policies.data)], false);
    case 'send_template':
      return (
        <>
          {text('templateKey', t('fields.templateKey'), { required: true, list: listId })}
          <datalist id={listId}>
            {(templates.data ?? []).map((tpl) => (
              <option key={tpl.key} value={tpl.key}>
                {tpl.name}
              </option>
            ))}
          </datalist>
        </>
      );
    case 'add_note':
      return (
        <label className="field">
          <span>{t('fields.note')}</span>
          <textarea rows={2} required maxLength={5000} value={value('text')} onChange={(e) => set('text', e.target.value)} />
        </label>
      );
    case 'notify':
      return (
        <>
          {select('to', t('fields.notifyTo'), [
            { value: 'assignee', label: t('fields.notifyAssignee') },
            { value: 'leads', label: t('fields.notifyLeads') },
            { value: 'agents', label: t('fields.notifyAgents') },
          ])}
          {draft.to === 'agents' && (
            <label className="field">
              <span>{t('fields.agents')}</span>
              <select
                multiple
                required
                value={value('agentIds').split(',').map((s) => s.trim()).filter(Boolean)}
                onChange={(e) => set('agentIds', [...e.target.selectedOptions].map((o) => o.value).join(','))}
              >
                {named(agents.data?.filter((a) => a.active)).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          )}
          {text('message', t('fields.message'), { required: true })}
        </>
      );
    case 'webhook':
      return (
        <>
          {text('url', t('fields.url'), { required: true, type: 'url', placeholder: 'https://' })}
          {text('secret', t('fields.secret'), { type: 'password', required: !draft.hasSecret, hint: draft.hasSecret ? t('fields.secretKept') : t('fields.secretHint') })}
        </>
      );
  }
}
