import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { nameOf } from '../api/lookups';
import { hasRole } from '../app/roles';
import { useSession } from '../app/session';
import { formatDateTime } from '../format/time';
import { SkeletonRows } from '../shell/SkeletonRows';
import { EmptyState, ErrorState, InlineError } from '../shell/states';
import { rawInboundUrl, useMailboxes, useQuarantine, useRetryInbound, type InboundEmail, type QuarantineStatus } from './api';
import './email.css';

const STATUSES: QuarantineStatus[] = ['all', 'quarantined', 'suppressed'];
const COLUMNS = 7;

/**
 * Admin → Quarantine: inbound e-mails Meridian kept but did not turn into tickets — mail it could
 * not parse (quarantined) and machine mail it will not answer (suppressed) — to download or parse again.
 */
export function QuarantineSection() {
  const { t, i18n } = useTranslation(['email', 'common']);
  const { session } = useSession();
  const canRead = hasRole(session.agent.role, 'supervisor');
  const [status, setStatus] = useState<QuarantineStatus>('all');
  const list = useQuarantine(status, canRead);
  const mailboxes = useMailboxes(canRead);
  const retry = useRetryInbound(status);
  const headingId = useId();
  const filterId = useId();

  if (!canRead) {
    return (
      <div className="adm-section-body">
        <EmptyState title={t('quarantine.title')} hint={t('needsSupervisor')} />
      </div>
    );
  }

  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const time = (iso: string) => formatDateTime(iso, i18n.language, session.agent.timezone);

  return (
    <div className="adm-section-body">
      <section aria-labelledby={headingId} className="adm-card">
        <div className="adm-card-head">
          <h2 id={headingId}>{t('quarantine.title')}</h2>
          <div className="qr-tools">
            <label className="qr-filter" htmlFor={filterId}>
              <span>{t('quarantine.filter')}</span>
              <select id={filterId} value={status} onChange={(e) => setStatus(e.target.value as QuarantineStatus)}>
                {STATUSES.map((value) => (
                  <option key={value} value={value}>
                    {t(`quarantine.filters.${value}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="button" onClick={() => void list.refetch()} disabled={list.isFetching} aria-busy={list.isFetching}>
              {t('quarantine.refresh')}
            </button>
          </div>
        </div>
        <p className="muted small adm-readonly">{t('quarantine.explain')}</p>
        <InlineError error={retry.error} />
        {list.isError && !list.data ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <div className="adm-table-wrap">
            <table className="adm-table qr-table" data-testid="quarantine" aria-busy={list.isPending || list.isFetchingNextPage}>
              <caption className="visually-hidden">{t('quarantine.title')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="qr-col-received">{t('quarantine.columns.received')}</th>
                  <th scope="col" className="qr-col-from">{t('quarantine.columns.from')}</th>
                  <th scope="col">{t('quarantine.columns.subject')}</th>
                  <th scope="col" className="qr-col-reason">{t('quarantine.columns.reason')}</th>
                  <th scope="col" className="qr-col-source">{t('quarantine.columns.source')}</th>
                  <th scope="col" className="qr-col-status">{t('quarantine.columns.status')}</th>
                  <th scope="col" className="qr-col-actions">
                    <span className="visually-hidden">{t('quarantine.columns.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.isPending ? (
                  <SkeletonRows rows={5} columns={COLUMNS} />
                ) : (
                  items.map((item) => (
                    <tr key={item.id} data-testid="quarantine-row" data-inbound-id={item.id}>
                      <td className="muted small">
                        <time dateTime={item.receivedAt}>{time(item.receivedAt)}</time>
                      </td>
                      <td className="adm-ellipsis" title={item.from ?? undefined}>
                        {item.from ?? <span className="muted">{t('quarantine.unknownSender')}</span>}
                      </td>
                      <td className="adm-ellipsis" title={item.subject ?? undefined}>
                        {item.subject ?? <span className="muted">{t('quarantine.noSubject')}</span>}
                      </td>
                      <td className="adm-wrap qr-reason" title={item.reason ?? undefined}>
                        {item.reason ?? <span className="muted">—</span>}
                      </td>
                      <td className="adm-wrap small">
                        {t(`quarantine.sources.${item.source}`)}
                        {item.mailboxId && <div className="muted adm-ellipsis">{nameOf(mailboxes.data, item.mailboxId) ?? ''}</div>}
                      </td>
                      <td>
                        <InboundStatus item={item} />
                      </td>
                      <td className="qr-col-actions">
                        <div className="qr-actions">
                          <a className="button" href={rawInboundUrl(item.id)} download={`inbound-${item.id}.eml`}>
                            {t('quarantine.download')}
                            <span className="visually-hidden"> {item.subject ?? item.id}</span>
                          </a>
                          {(item.status === 'quarantined' || item.status === 'suppressed') && (
                            <button
                              type="button"
                              className="button"
                              disabled={retry.isPending && retry.variables === item.id}
                              aria-busy={retry.isPending && retry.variables === item.id}
                              onClick={() => retry.mutate(item.id)}
                            >
                              {t('quarantine.retry')}
                              <span className="visually-hidden"> {item.subject ?? item.id}</span>
                            </button>
                          )}
                        </div>
                      </td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
            {!list.isPending && items.length === 0 && <EmptyState title={t('quarantine.empty')} hint={t('quarantine.emptyHint')} />}
          </div>
        )}
        {list.isFetchNextPageError && <InlineError error={list.error} />}
        {list.hasNextPage && (
          <div className="load-more">
            <button type="button" className="button" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
              {list.isFetchingNextPage ? t('common:loading') : t('quarantine.loadMore')}
            </button>
          </div>
        )}
      </section>
    </div>
  );
}

/** Held (quarantined, suppressed), waiting to be parsed again, or turned into a ticket after a retry. */
function InboundStatus({ item }: { item: InboundEmail }) {
  const { t } = useTranslation('email');
  if (item.status === 'delivered') {
    return (
      <span className="qr-status">
        <span className="chip adm-on">{t('quarantine.status.delivered')}</span>
        {item.ticketId !== null && <Link href={`/tickets/${item.ticketId}`}>#{item.ticketId}</Link>}
      </span>
    );
  }
  const kind = item.status === 'quarantined' ? 'qr-quarantined' : item.status === 'suppressed' ? 'qr-suppressed' : 'qr-waiting';
  return <span className={`chip ${kind}`}>{t(`quarantine.status.${item.status}`)}</span>;
}
