import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useSession } from '../app/session';
import { formatMessageTime } from '../format/time';
import { InlineError } from '../shell/states';
import { useMarkRead, useNotifications, type NotificationView } from './api';
import './notifications.css';

/** The header's bell: how many notifications are unread, and the list (SLA warnings, breaches, escalations, automation notices). */
export function NotificationBell() {
  const { t } = useTranslation('sla');
  const notifications = useNotifications();
  const markRead = useMarkRead();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const unread = notifications.data?.unread ?? 0;

  useEffect(() => {
    if (!open) return;
    const outside = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('mousedown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  return (
    <div className="ntf" ref={root}>
      <button
        type="button"
        className="button button-ghost ntf-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        data-testid="notification-bell"
        title={t('notifications.open')}
      >
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.7 21a2 2 0 0 1-3.4 0" />
        </svg>
        <span className="visually-hidden">
          {t('notifications.open')}
          {unread > 0 ? `, ${t('notifications.unread', { count: unread })}` : ''}
        </span>
        {unread > 0 && (
          <span className="ntf-count" aria-hidden="true" data-testid="notification-count">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <div className="ntf-panel" id={panelId} role="region" aria-label={t('notifications.open')} data-testid="notification-panel">
          <div className="ntf-head">
            <strong>{t('notifications.open')}</strong>
            {unread > 0 && (
              <button type="button" className="button button-ghost small" disabled={markRead.isPending} onClick={() => markRead.mutate({ all: true })}>
                {t('notifications.markAllRead')}
              </button>
            )}
          </div>
          <InlineError error={notifications.error ?? markRead.error} />
          {notifications.data?.items.length === 0 && <p className="muted small ntf-empty">{t('notifications.empty')}</p>}
          <ul className="ntf-list">
            {notifications.data?.items.map((item) => (
              <NotificationItem key={item.id} item={item} onRead={() => markRead.mutate({ ids: [item.id] })} onOpen={() => setOpen(false)} />
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** The line under a notification: an automation's message, the SLA metric and policy, the rule, or the queue. */
function notificationDetail(data: Record<string, unknown>, t: ReturnType<typeof useTranslation<'sla'>>['t']): string | null {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const [message, metric, ruleName, queueName] = [text(data.message), text(data.metric), text(data.ruleName), text(data.queueName)];
  if (message !== null) return message;
  if (metric !== null) return [t(`metric.${metric as 'first_response'}`, { defaultValue: metric }), text(data.policyName)].filter(Boolean).join(' · ');
  if (ruleName !== null) return ruleName;
  return queueName !== null ? t('notifications.queue', { name: queueName }) : null;
}

function NotificationItem({ item, onRead, onOpen }: { item: NotificationView; onRead: () => void; onOpen: () => void }) {
  const { t, i18n } = useTranslation('sla');
  const { session } = useSession();
  const kind = t(`notifications.kind.${item.kind}` as 'notifications.kind.sla.warning', { defaultValue: item.kind });
  const subject = typeof item.data.subject === 'string' ? item.data.subject : null;
  const detail = notificationDetail(item.data, t);
  return (
    <li className={item.readAt ? 'ntf-item' : 'ntf-item ntf-unread'} data-testid="notification" data-kind={item.kind}>
      <div className="ntf-line">
        <span className={`chip ntf-kind ntf-kind-${item.kind.replace(/\W/g, '-')}`}>{kind}</span>
        <time className="muted small" dateTime={item.createdAt}>
          {formatMessageTime(item.createdAt, i18n.language, session.agent.timezone)}
        </time>
      </div>
      {item.ticketId !== null && (
        <Link
          href={`/tickets/${item.ticketId}`}
          onClick={() => {
            if (!item.readAt) onRead();
            onOpen();
          }}
        >
          {t('notifications.ticket', { id: item.ticketId })}
          {subject ? ` · ${subject}` : ''}
        </Link>
      )}
      {detail && <div className="small muted">{detail}</div>}
      {!item.readAt && (
        <button type="button" className="button button-ghost small ntf-read" onClick={onRead}>
          {t('notifications.markRead')}
        </button>
      )}
    </li>
  );
}
