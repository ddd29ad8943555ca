import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useSession } from '../app/session';
import { inboxUrl } from '../inbox/last-inbox';
import { useColleaguesOn } from '../live/presence-store';
import { PriorityChip, StatusChip } from '../shell/chips';
import { useShortcuts } from '../shell/shortcuts';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { ErrorState, InlineError, LoadingState } from '../shell/states';
import { Composer, type ComposerHandle } from './Composer';
import { Conversation } from './Conversation';
import { MergeDialog } from './MergeDialog';
import { TicketSidebar } from './TicketSidebar';
import { useCustomer } from '../customers/useCustomer';
import { Timeline } from './Timeline';
import { useCorrectIntent } from '../triage/api';
import { IntentMenu } from '../triage/IntentMenu';
import { LanguageChip, RiskChips, SentimentChip } from '../triage/TriageChips';
import { usePresence } from './usePresence';
import { useTicket, useUpdateTicket } from './useTicket';
import './ticket.css';

export default function TicketPage({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation(['ticket', 'common']);
  const { session } = useSession();
  const ticket = useTicket(ticketId);
  const update = useUpdateTicket(ticketId);
  const correctIntent = useCorrectIntent(ticketId);
  const composer = useRef<ComposerHandle>(null);
  const [tab, setTab] = useState<'conversation' | 'timeline'>('conversation');
  const [merging, setMerging] = useState(false);
  const [, navigate] = useLocation();
  const { typing } = usePresence(ticketId);
  const customer = useCustomer(ticket.data?.customer.id ?? '', ticket.data !== undefined);
  useDocumentTitle(ticket.data ? `#${ticket.data.id} ${ticket.data.subject}` : `#${ticketId}`);

  useShortcuts({
    r: () => composer.current?.focus('reply'),
    n: () => composer.current?.focus('note'),
    a: () => update.mutate({ assigneeId: session.agent.id }),
    e: () => update.mutate({ status: 'solved' }),
    Escape: () => navigate(inboxUrl()),
  });

  if (ticket.isPending) return <LoadingState label={t('common:loading')} />;
  if (ticket.isError) return <ErrorState error={ticket.error} onRetry={() => void ticket.refetch()} />;
  const data = ticket.data;

  return (
    <div className="ticket-page">
      <section className="ticket-main" aria-labelledby="ticket-title">
        <header className="ticket-head">
          <div className="ticket-head-row">
            <Link href={inboxUrl()} className="button button-ghost small">
              ← {t('backToInbox')}
            </Link>
            <Presence ticketId={ticketId} />
          </div>
          <h1 id="ticket-title">
            <span className="muted">#{data.id}</span> {data.subject}
          </h1>
          <div className="ticket-chips">
            <StatusChip status={data.status} />
            <PriorityChip priority={data.priority} />
            <IntentMenu ticket={data} correct={correctIntent} />
            <LanguageChip language={data.language} />
            <SentimentChip sentiment={data.sentiment} />
            <RiskChips risk={data.risk} />
            <span className="chip">{t(`common:channel.${data.channel}`)}</span>
            {data.marketplace && (
              <span className="chip">
                {data.marketplace}
                {data.marketplaceOrderId ? ` · ${data.marketplaceOrderId}` : ''}
              </span>
            )}
            <span className="ticket-actions">
              {data.status !== 'solved' && data.status !== 'closed' && (
                <button type="button" className="button" onClick={() => update.mutate({ status: 'solved' })} aria-keyshortcuts="e">
                  {t('solve')}
                </button>
              )}
              <button type="button" className="button button-ghost" onClick={() => setMerging(true)} disabled={data.mergedIntoId !== null}>
                {t('merge.open')}
              </button>
            </span>
          </div>
          {data.mergedIntoId && (
            <p className="notice">
              {t('mergedInto')} <Link href={`/tickets/${data.mergedIntoId}`}>#{data.mergedIntoId}</Link>
            </p>
          )}
          <InlineError error={update.error} />
          <InlineError error={correctIntent.error} />
          <div className="tabs" role="tablist" aria-label={t('views')}>
            {(['conversation', 'timeline'] as const).map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                id={`tab-${name}`}
                aria-selected={tab === name}
                aria-controls={`panel-${name}`}
                className={tab === name ? 'tab active' : 'tab'}
                onClick={() => setTab(name)}
              >
                {t(name)}
                {name === 'timeline' && <span className="muted small"> ({data.events.length})</span>}
              </button>
            ))}
          </div>
        </header>
        <div className="ticket-scroll" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          {tab === 'conversation' ? <Conversation messages={data.messages} buyerName={data.customer.name} buyerTimeZone={customer.data?.timezone ?? null} /> : <Timeline events={data.events} />}
        </div>
        <Composer key={ticketId} ref={composer} ticketId={ticketId} onTyping={typing} canReply={data.mergedIntoId === null} />
      </section>
      <TicketSidebar ticket={data} />
      <MergeDialog ticketId={ticketId} open={merging} onClose={() => setMerging(false)} />
    </div>
  );
}

/** Collision detection: who else has this ticket open, and whether they are writing to the buyer. */
function Presence({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation('ticket');
  const colleagues = useColleaguesOn(ticketId);
  return (
    <div className="presence" aria-live="polite" data-testid="presence">
      {colleagues.map((c) => (
        <span key={c.agentId} className={c.state === 'typing' ? 'presence-chip typing' : 'presence-chip'}>
          {c.state === 'typing' ? t('presence.typing', { name: c.name }) : t('presence.viewing', { name: c.name })}
        </span>
      ))}
    </div>
  );
}
