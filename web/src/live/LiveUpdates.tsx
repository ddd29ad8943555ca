import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session';
import { PRESENCE_HELLO_EVENT, recordPresence } from './presence-store';
import { onNotificationCreated } from '../notifications/api';
import { WORKFLOW_EVENT_TYPES } from '../sla/workflow-events';

interface LiveData {
  type: string;
  ticketId?: number;
  actorId?: string | null;
  data?: { state?: 'viewing' | 'typing' | 'left'; agentName?: string };
}

const TICKET_EVENT_TYPES = [
  'ticket.created',
  'ticket.updated',
  'ticket.merged',
  'ticket.merged_into',
  'ticket.reopened',
  'message.received',
  'message.sent',
  'note.added',
  ...WORKFLOW_EVENT_TYPES,
];
/** Many changes in a burst (a bulk edit, an import) refresh the list once. */
const LIST_REFRESH_MS = 400;

/**
 * One event stream per tab: changes made by anyone refresh the open ticket and the inbox;
 * colleagues' presence feeds collision detection. Shows a quiet banner while disconnected.
 */
export function LiveUpdates() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { session } = useSession();
  const [connected, setConnected] = useState(true);

  useEffect(() => {
    const source = new EventSource('/api/live');
    let listTimer: number | undefined;

    const onTicketEvent = (event: MessageEvent<string>) => {
      const data = JSON.parse(event.data) as LiveData;
      if (data.ticketId) void queryClient.invalidateQueries({ queryKey: ['ticket', data.ticketId] });
      window.clearTimeout(listTimer);
      listTimer = window.setTimeout(() => void queryClient.invalidateQueries({ queryKey: ['tickets'] }), LIST_REFRESH_MS);
    };
    const onPresence = (event: MessageEvent<string>) => {
      const data = JSON.parse(event.data) as LiveData;
      if (!data.ticketId || !data.actorId || data.actorId === session.agent.id || !data.data?.state) return;
      const isNew = recordPresence(data.ticketId, data.actorId, data.data.agentName ?? '', data.data.state);
      // A colleague just opened a ticket this tab may have open too: answer at once, so they
      // see us now rather than at our next periodic announcement.
      if (isNew) window.dispatchEvent(new CustomEvent(PRESENCE_HELLO_EVENT, { detail: data.ticketId }));
    };

    for (const type of TICKET_EVENT_TYPES) source.addEventListener(type, onTicketEvent);
    source.addEventListener('ticket.presence', onPresence);
    source.addEventListener('notification.created', (event: MessageEvent<string>) => onNotificationCreated(queryClient, session.agent.id, JSON.parse(event.data)));
    let missedEvents = false;
    source.onopen = () => {
      setConnected(true);
      // Whatever happened while the stream was down was not heard: refetch what is on screen.
      if (missedEvents) void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'tickets' || q.queryKey[0] === 'ticket' });
      missedEvents = false;
    };
    source.onerror = () => {
      missedEvents = true;
      setConnected(source.readyState === EventSource.OPEN);
    };
    return () => {
      window.clearTimeout(listTimer);
      source.close();
    };
  }, [queryClient, session.agent.id]);

  if (connected) return null;
  return (
    <div className="live-banner" role="status">
      {t('live.reconnecting')}
    </div>
  );
}
