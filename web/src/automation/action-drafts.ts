import type { Action, ActionType } from './types';

/** An action while it is edited: every field as the form holds it (lists as comma-separated text). */
export type ActionDraft = { type: ActionType; hasSecret?: boolean } & Record<string, string>;

const list = (text: string | undefined) => (text ?? '').split(',').map((s) => s.trim()).filter(Boolean);

export function blankDraft(type: ActionType): ActionDraft {
  switch (type) {
    case 'set_status':
      return { type, value: 'pending' };
    case 'set_priority':
      return { type, value: 'up' };
    case 'notify':
      return { type, to: 'assignee', agentIds: '', message: '' };
    default:
      return { type } as ActionDraft;
  }
}

export function toDraft(action: Action): ActionDraft {
  const draft: ActionDraft = { type: action.type };
  for (const [key, value] of Object.entries(action)) {
    if (key === 'type') continue;
    if (key === 'hasSecret') draft.hasSecret = Boolean(value);
    else if (key === 'secret') draft.secret = '';
    else if (Array.isArray(value)) draft[key] = value.join(', ');
    else if (value !== null && value !== undefined) draft[key] = String(value);
  }
  return draft;
}

/** The action the API takes; an empty webhook secret means "keep the stored one". */
export function fromDraft(draft: ActionDraft): Record<string, unknown> {
  const d = draft as Record<string, string | undefined>;
  switch (draft.type) {
    case 'set_status':
    case 'set_priority':
      return { type: draft.type, value: d.value };
    case 'add_tags':
    case 'remove_tags':
      return { type: draft.type, tags: list(d.tags) };
    case 'assign':
      return { type: draft.type, agentId: d.agentId ?? '' };
    case 'route':
      return d.queueId ? { type: draft.type, queueId: d.queueId } : { type: draft.type };
    case 'set_team':
      return { type: draft.type, teamId: d.teamId || null };
    case 'set_sla_policy':
      return { type: draft.type, policyId: d.policyId || null };
    case 'send_template':
      return { type: draft.type, templateKey: (d.templateKey ?? '').trim() };
    case 'add_note':
      return { type: draft.type, text: d.text ?? '' };
    case 'notify':
      return { type: draft.type, to: d.to ?? 'assignee', ...(d.to === 'agents' ? { agentIds: list(d.agentIds) } : {}), message: d.message ?? '' };
    case 'webhook':
      return { type: draft.type, url: (d.url ?? '').trim(), ...(d.secret ? { secret: d.secret } : {}) };
  }
}
