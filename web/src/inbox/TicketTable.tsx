import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { nameOf, useAgents, useBrands } from '../api/lookups';
import type { TicketSummary } from '../api/types';
import { useSession } from '../app/session';
import { formatDuration, languageName, waitingMs } from '../format/time';
import { IntentChip, PriorityChip, StatusChip } from '../shell/chips';
import { SkeletonRows } from '../shell/SkeletonRows';
import { useNow } from '../shell/useNow';
import { RiskChips, SentimentChip } from '../triage/TriageChips';
import { SlaBadge } from '../sla/SlaBadge';

interface Props {
  tickets: TicketSummary[];
  loading: boolean;
  cursor: number;
  selected: Set<number>;
  onToggle: (id: number) => void;
  onToggleAll: (select: boolean) => void;
  onOpen: (id: number) => void;
  onCursor: (index: number) => void;
  /** The pointer rests on a ticket: a hint to fetch it before the click. */
  onPoint: (id: number) => void;
}

const SKELETON_ROWS = 12;

export function TicketTable({ tickets, loading, cursor, selected, onToggle, onToggleAll, onOpen, onCursor, onPoint }: Props) {
  const { t, i18n } = useTranslation(['inbox', 'common']);
  const { session } = useSession();
  const agents = useAgents();
  const brands = useBrands();
  const now = useNow(30_000);
  const allSelected = tickets.length > 0 && tickets.every((ticket) => selected.has(ticket.id));

  return (
    <table className="ticket-table" aria-busy={loading}>
      <thead>
        <tr>
          <th scope="col" className="col-select">
            <input
              type="checkbox"
              aria-label={t('selectAll')}
              checked={allSelected}
              onChange={(e) => onToggleAll(e.target.checked)}
              disabled={tickets.length === 0}
            />
          </th>
          <th scope="col" className="col-buyer">{t('columns.buyer')}</th>
          <th scope="col">{t('columns.subject')}</th>
          <th scope="col" className="col-lang">{t('columns.language')}</th>
          <th scope="col" className="col-intent">{t('columns.intent')}</th>
          <th scope="col" className="col-brand">{t('columns.brand')}</th>
          <th scope="col" className="col-priority">{t('columns.priority')}</th>
          <th scope="col" className="col-sla">{t('columns.sla')}</th>
          <th scope="col" className="col-waiting">{t('columns.waiting')}</th>
          <th scope="col" className="col-assignee">{t('columns.assignee')}</th>
        </tr>
      </thead>
      <tbody>
        {loading && tickets.length === 0 ? (
          <SkeletonRows rows={SKELETON_ROWS} columns={10} />
        ) : (
          tickets.map((ticket, index) => {
            const waiting = waitingMs(ticket, now);
            const brand = brands.data?.find((b) => b.id === ticket.brandId);
            return (
              <tr
                key={ticket.id}
                data-testid="ticket-row"
                data-ticket-id={ticket.id}
                className={[index === cursor ? 'cursor' : '', selected.has(ticket.id) ? 'selected' : '', ticket.status === 'new' ? 'unread' : '']
                  .filter(Boolean)
                  .join(' ')}
                onMouseEnter={() => onPoint(ticket.id)}
                onClick={(e) => {
                  if ((e.target as HTMLElement).closest('input,a,button')) return;
                  onCursor(index);
                  onOpen(ticket.id);
                }}
              >
                <td className="col-select">
                  <input
                    type="checkbox"
                    aria-label={t('selectTicket', { id: ticket.id })}
                    checked={selected.has(ticket.id)}
                    onChange={() => onToggle(ticket.id)}
                  />
                </td>
                <td className="col-buyer">
                  <span className="buyer-name">{ticket.customer.name || t('unknownBuyer')}</span>
                  {ticket.customer.country && <span className="muted small"> · {ticket.customer.country}</span>}
                </td>
                <td className="col-subject">
                  {/* The subject gives way (ellipsis) so status and risk chips stay in sight. */}
                  <div className="subject-cell">
                    <Link href={`/tickets/${ticket.id}`} className="subject-link" tabIndex={index === cursor ? 0 : -1}>
                      <span className="muted">#{ticket.id}</span> {ticket.subject}
                    </Link>
                    <StatusChip status={ticket.status} />
                    <RiskChips risk={ticket.risk} compact />
                  </div>
                </td>
                <td className="col-lang">
                  {ticket.language && (
                    <abbr className="lang-flag" title={languageName(ticket.language, i18n.language)}>
                      {ticket.language.toUpperCase()}
                    </abbr>
                  )}
                  <SentimentChip sentiment={ticket.sentiment} compact />
                </td>
                <td className="col-intent">
                  <IntentChip intent={ticket.intent} confidence={ticket.intentConfidence} needsTriage={ticket.needsTriage} />
                </td>
                <td className="col-brand">
                  <span>{brand?.name ?? '—'}</span>
                  {ticket.marketplace && <span className="muted small"> · {ticket.marketplace}</span>}
                </td>
                <td>
                  <PriorityChip priority={ticket.priority} />
                </td>
                <td className="col-sla">{ticket.sla && ticket.sla.state !== 'none' && <SlaBadge clock={ticket.sla} metric={ticket.sla.metric} />}</td>
                <td className="col-waiting">
                  {waiting !== null && (
                    <span className={waiting > 24 * 3_600_000 ? 'waiting long' : 'waiting'}>{formatDuration(waiting, i18n.language)}</span>
                  )}
                </td>
                <td className="col-assignee">
                  {ticket.assigneeId === session.agent.id ? t('filters.me') : (nameOf(agents.data, ticket.assigneeId) ?? <span className="muted">—</span>)}
                </td>
              </tr>
            );
          })
        )}
      </tbody>
    </table>
  );
}
