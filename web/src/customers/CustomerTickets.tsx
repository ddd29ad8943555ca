import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { get } from '../api/client';
import type { Page, TicketSummary } from '../api/types';
import { useSession } from '../app/session';
import { formatDateTime } from '../format/time';
import { SkeletonRows } from '../shell/SkeletonRows';
import { IntentChip, PriorityChip, StatusChip } from '../shell/chips';
import { EmptyState, ErrorState, InlineError } from '../shell/states';

const PAGE_SIZE = 50;
const COLUMNS = 5;

/** Every ticket of one buyer, newest activity first, a cursor page at a time. */
export function CustomerTickets({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation(['customer', 'common']);
  const { session } = useSession();
  const tickets = useInfiniteQuery({
    // Under ['tickets'] so live updates and ticket edits refresh it with the inbox.
    queryKey: ['tickets', 'customer', customerId],
    queryFn: ({ pageParam }) => get<Page<TicketSummary>>('/api/tickets', { customerId, limit: PAGE_SIZE, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  if (tickets.isError && !tickets.data) return <ErrorState error={tickets.error} onRetry={() => void tickets.refetch()} />;

  const items = tickets.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <div className="adm-table-wrap">
        <table className="adm-table cust-ticket-table" data-testid="customer-tickets" aria-busy={tickets.isPending || tickets.isFetchingNextPage}>
          <caption className="visually-hidden">{t('tickets.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tickets.columns.subject')}</th>
              <th scope="col" className="cust-col-status">{t('tickets.columns.status')}</th>
              <th scope="col" className="cust-col-priority">{t('tickets.columns.priority')}</th>
              <th scope="col" className="cust-col-intent">{t('tickets.columns.intent')}</th>
              <th scope="col" className="cust-col-updated">{t('tickets.columns.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {tickets.isPending ? (
              <SkeletonRows rows={8} columns={COLUMNS} />
            ) : (
              items.map((ticket) => (
                <tr key={ticket.id} data-ticket-id={ticket.id}>
                  <td className="adm-ellipsis">
                    <Link href={`/tickets/${ticket.id}`} className="subject-link" title={ticket.subject}>
                      <span className="muted">#{ticket.id}</span> {ticket.subject}
                    </Link>
                  </td>
                  <td>
                    <StatusChip status={ticket.status} />
                  </td>
                  <td>
                    <PriorityChip priority={ticket.priority} />
                  </td>
                  <td className="adm-ellipsis">
                    <IntentChip intent={ticket.intent} confidence={ticket.intentConfidence} needsTriage={ticket.needsTriage} />
                  </td>
                  <td className="muted small">
                    <time dateTime={ticket.updatedAt}>{formatDateTime(ticket.updatedAt, i18n.language, session.agent.timezone)}</time>
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
        {!tickets.isPending && items.length === 0 && <EmptyState title={t('tickets.empty')} />}
      </div>
      {tickets.isFetchNextPageError && <InlineError error={tickets.error} />}
      {tickets.hasNextPage && (
        <div className="load-more">
          <button type="button" className="button" disabled={tickets.isFetchingNextPage} onClick={() => void tickets.fetchNextPage()}>
            {tickets.isFetchingNextPage ? t('common:loading') : t('tickets.loadMore')}
          </button>
        </div>
      )}
    </>
  );
}
