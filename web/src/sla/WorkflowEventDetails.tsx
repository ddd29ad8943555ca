import { useTranslation } from 'react-i18next';
import { nameOf, useAgents, useBrands } from '../api/lookups';
import type { TicketEventView } from '../api/types';
import { useSession } from '../app/session';
import { formatDateTime, languageName } from '../format/time';
import { routingReasons, type ReasonPiece } from './routing-explanation';

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The line(s) under a workflow event on the timeline: which clock, what changed, why an agent got the ticket. */
export function WorkflowEventDetails({ event }: { event: TicketEventView }) {
  const { t, i18n } = useTranslation(['sla', 'common']);
  const { session } = useSession();
  const agents = useAgents();
  const data = event.data;
  const when = (iso: unknown) => (str(iso) ? formatDateTime(iso as string, i18n.language, session.agent.timezone) : '—');
  const agent = (id: unknown, name?: unknown) => str(name) ?? nameOf(agents.data, str(id)) ?? t('events.nobody');

  switch (event.type) {
    case 'sla.warning':
    case 'sla.breached':
      return (
        <div className="small" data-testid="event-detail">
          {t('events.clock', {
            metric: t(`metric.${data.metric as 'first_response'}`, { defaultValue: String(data.metric ?? '') }),
            clock: t(`kind.${data.clock as 'team'}`, { defaultValue: String(data.clock ?? '') }),
            policy: str(data.policyName) ?? '—',
            time: when(data.dueAt),
          })}
        </div>
      );
    case 'sla.escalated': {
      const notified = Array.isArray(data.notified) ? data.notified.length : 0;
      return (
        <div className="small" data-testid="event-detail">
          {data.from !== data.to && str(data.to) && <div>{t('events.priority', { from: String(data.from ?? '—'), to: String(data.to) })}</div>}
          {str(data.reassignedTo) && <div>{t('events.reassigned', { agent: agent(data.reassignedTo) })}</div>}
          {notified > 0 && <div>{t('events.notified', { count: notified })}</div>}
        </div>
      );
    }
    case 'sla.remediation_sent':
      return (
        <div className="small" data-testid="event-detail">
          {t(`remedy.kind.${data.kind as 'apology'}`, { defaultValue: String(data.kind ?? '') })}
          {data.automatic === true ? ` · ${t('events.automatic')}` : ''}
        </div>
      );
    case 'sla.off_hours_acknowledged': {
      const zone = str(data.buyerTimeZone);
      return (
        <div className="small" data-testid="event-detail">
          {str(data.replyBy) &&
            t('events.replyBy', {
              time: zone ? formatDateTime(data.replyBy as string, i18n.language, zone) : when(data.replyBy),
              zone: zone ?? session.agent.timezone,
            })}
        </div>
      );
    }
    case 'routing.assigned':
      return <RoutingExplanation data={data} agentName={agent(data.agentId, data.agentName)} />;
    case 'routing.returned_to_queue':
      return (
        <div className="small" data-testid="event-detail">
          {t(`events.returned.${data.reason === 'offline' ? 'offline' : 'off_shift'}`, { agent: agent(data.agentId, data.agentName) })}
        </div>
      );
    case 'automation.applied': {
      const actions = Array.isArray(data.actions) ? (data.actions as Record<string, unknown>[]) : [];
      const describe = (action: Record<string, unknown>) => {
        const label = t(`actions.${String(action.type)}` as 'actions.add_tags', { defaultValue: String(action.type) });
        const value = str(action.value) ?? (Array.isArray(action.tags) ? action.tags.join(', ') : null) ?? str(action.templateKey);
        const shown = value ? `${label}: ${action.type === 'set_status' ? t(`common:status.${value}` as 'common:status.open', { defaultValue: value }) : value}` : label;
        return action.status === 'skipped' ? `${shown} (${t('actions.skipped')})` : shown;
      };
      return (
        <div className="small" data-testid="event-detail">
          {t('events.rule', { name: str(data.ruleName) ?? '—' })}
          {actions.length > 0 && `: ${actions.map(describe).join(t('listSeparator'))}`}
        </div>
      );
    }
    default:
      return null;
  }
}

function RoutingExplanation({ data, agentName }: { data: Record<string, unknown>; agentName: string }) {
  const { t, i18n } = useTranslation(['sla', 'common']);
  const brands = useBrands();
  const pieces = routingReasons(data.reasons);
  const queue = str(data.queueName);
  const piece = ({ key, params }: ReasonPiece): string => {
    switch (key) {
      case 'language':
        return t('routingReason.language', { language: languageName(String(params.language), i18n.language), proficiency: params.proficiency });
      case 'load':
        return t('routingReason.load', { open: params.open, capacity: params.capacity, work: t(`routingReason.bucket.${params.bucket as 'email'}`) });
      case 'skill_intent':
        return t('routingReason.skill_intent', { value: t(`common:intents.${params.value}` as 'common:intents.other', { defaultValue: String(params.value) }) });
      case 'skill_channel':
        return t('routingReason.skill_channel', { value: t(`common:channel.${params.value}` as 'common:channel.email', { defaultValue: String(params.value) }) });
      case 'skill_brand':
        return t('routingReason.skill_brand', { value: nameOf(brands.data, String(params.value)) ?? String(params.value) });
      case 'skill_market':
        return t('routingReason.skill_market', { value: String(params.value) });
      default:
        return t(`routingReason.${key}`);
    }
  };
  const because = pieces ? pieces.map(piece).join(t('listSeparator')) : null;
  return (
    <div className="small" data-testid="event-detail" data-routing-explained={pieces ? 'translated' : 'text'}>
      {because !== null ? t('events.assigned', { agent: agentName, reasons: because }) : (str(data.text) ?? t('events.assignedBare', { agent: agentName }))}
      {queue && <span className="muted"> · {t('events.queue', { queue })}</span>}
    </div>
  );
}
