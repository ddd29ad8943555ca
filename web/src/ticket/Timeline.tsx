import { useTranslation } from 'react-i18next';
import { nameOf, useAgents, useBrands, useTeams } from '../api/lookups';
import type { TicketEventView } from '../api/types';
import { useSession } from '../app/session';
import { formatDateTime } from '../format/time';
import { WorkflowEventDetails } from '../sla/WorkflowEventDetails';
import { WORKFLOW_EVENT_TYPES } from '../sla/workflow-events';

type Change = { from: unknown; to: unknown };

/** Everything that happened to the ticket, newest first, with who did it. */
export function Timeline({ events }: { events: TicketEventView[] }) {
  const { t, i18n } = useTranslation(['ticket', 'common']);
  const { session } = useSession();
  const agents = useAgents();
  const teams = useTeams();
  const brands = useBrands();

  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('none');
    if (field === 'status') return t(`common:status.${value}` as 'common:status.open');
    if (field === 'assigneeId') return nameOf(agents.data, String(value)) ?? String(value);
    if (field === 'teamId') return nameOf(teams.data, String(value)) ?? String(value);
    if (field === 'brandId') return nameOf(brands.data, String(value)) ?? String(value);
    if (field === 'intent') return t(`common:intents.${value}` as 'common:intents.other', { defaultValue: String(value) });
    if (Array.isArray(value)) return value.join(', ') || t('none');
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  };

  const actorName = (event: TicketEventView) => {
    if (event.actor.kind === 'system') return t('authorKind.system');
    if (event.actor.kind === 'customer') return t('authorKind.customer');
    return nameOf(agents.data, event.actor.id) ?? t(`authorKind.${event.actor.kind}`);
  };

  return (
    <ol className="timeline" aria-label={t('timeline')}>
      {[...events].reverse().map((event) => {
        const changes = (event.data.changes ?? {}) as Record<string, Change>;
        const statusChange = event.data.status as Change | undefined;
        return (
          <li key={event.id} className="timeline-item" data-testid="timeline-event" data-type={event.type}>
            <div>
              <strong>{actorName(event)}</strong> {t(`events.${event.type}` as 'events.ticket.created', { defaultValue: event.type })}
            </div>
            {Object.entries(changes).map(([field, change]) => (
              <div key={field} className="small">
                {t(`fields.${field}` as 'fields.status', { defaultValue: field })}: <del>{show(field, change.from)}</del> → {show(field, change.to)}
              </div>
            ))}
            {WORKFLOW_EVENT_TYPES.has(event.type) && <WorkflowEventDetails event={event} />}
            {statusChange && (
              <div className="small">
                {t('fields.status')}: <del>{show('status', statusChange.from)}</del> → {show('status', statusChange.to)}
              </div>
            )}
            <time className="muted small" dateTime={event.createdAt}>
              {formatDateTime(event.createdAt, i18n.language, session.agent.timezone)}
            </time>
          </li>
        );
      })}
    </ol>
  );
}
