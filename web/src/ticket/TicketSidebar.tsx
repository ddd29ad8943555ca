import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { get } from '../api/client';
import { useAgents, useTeams } from '../api/lookups';
import type { Page, TicketDetail, TicketSummary } from '../api/types';
import { useSession } from '../app/session';
import { useCustomer } from '../customers/useCustomer';
import { INTENT_GROUPS, PRIORITIES, STATUSES } from '../app/taxonomy';
import { countryName, isNightIn, languageName, localTimeIn } from '../format/time';
import { StatusChip } from '../shell/chips';
import { InlineError } from '../shell/states';
import { useNow } from '../shell/useNow';
import { useUpdateTicket } from './useTicket';
import { SlaPanel } from '../sla/SlaPanel';

export function TicketSidebar({ ticket }: { ticket: TicketDetail }) {
  return (
    <aside className="ticket-sidebar">
      <SlaPanel ticket={ticket} />
      <CustomerCard ticket={ticket} />
      <TicketFields ticket={ticket} />
      <OtherTickets ticket={ticket} />
    </aside>
  );
}

function CustomerCard({ ticket }: { ticket: TicketDetail }) {
  const { t, i18n } = useTranslation(['ticket', 'common']);
  const now = useNow(30_000);
  const customer = useCustomer(ticket.customer.id);
  const c = customer.data;
  const country = c?.country ?? ticket.customer.country;
  const language = c?.language ?? ticket.customer.language;
  const asleep = c?.timezone ? isNightIn(c.timezone, new Date(now)) : false;

  return (
    <section className="side-card" aria-labelledby="customer-title" data-testid="customer-card">
      <h2 id="customer-title">
        <Link href={`/customers/${ticket.customer.id}`}>{ticket.customer.name || t('unknownBuyer')}</Link>
      </h2>
      <dl className="facts">
        {c?.identities.map((identity) => (
          <div key={identity.id}>
            <dt>{t(`identity.${identity.kind}` as 'identity.email', { defaultValue: identity.kind })}</dt>
            <dd className="break">{identity.value}</dd>
          </div>
        ))}
        <div>
          <dt>{t('customer.country')}</dt>
          <dd>{country ? `${countryName(country, i18n.language)} (${country})` : t('none')}</dd>
        </div>
        <div>
          <dt>{t('customer.language')}</dt>
          <dd>{language ? languageName(language, i18n.language) : t('none')}</dd>
        </div>
        <div>
          <dt>{t('customer.localTime')}</dt>
          <dd data-testid="buyer-local-time">
            {c?.timezone ? (
              <>
                {localTimeIn(c.timezone, i18n.language, new Date(now))} <span className="muted small">{c.timezone}</span>
                {asleep && <span className="badge">{t('customer.night')}</span>}
              </>
            ) : (
              t('customer.unknownZone')
            )}
          </dd>
        </div>
        {c && c.tier !== 'standard' && (
          <div>
            <dt>{t('customer.tier')}</dt>
            <dd>{c.tier}</dd>
          </div>
        )}
      </dl>
      {c?.notes && <p className="small customer-notes">{c.notes}</p>}
    </section>
  );
}

function TicketFields({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation(['ticket', 'common']);
  const { session } = useSession();
  const agents = useAgents();
  const teams = useTeams();
  const update = useUpdateTicket(ticket.id);
  const [tag, setTag] = useState('');
  const locked = ticket.mergedIntoId !== null;

  const field = (label: string, control: React.ReactNode) => (
    <label className="side-field">
      <span>{label}</span>
      {control}
    </label>
  );

  return (
    <section className="side-card" aria-labelledby="fields-title">
      <h2 id="fields-title">{t('fieldsTitle')}</h2>
      <fieldset disabled={locked || update.isPending} className="side-fields">
        {field(
          t('fields.status'),
          <select value={ticket.status} onChange={(e) => update.mutate({ status: e.target.value as TicketDetail['status'] })} data-field="status">
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`common:status.${s}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          t('fields.priority'),
          <select value={ticket.priority} onChange={(e) => update.mutate({ priority: e.target.value as TicketDetail['priority'] })} data-field="priority">
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`common:priority.${p}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          t('fields.assigneeId'),
          <div className="inline-control">
            <select value={ticket.assigneeId ?? ''} onChange={(e) => update.mutate({ assigneeId: e.target.value || null })} data-field="assignee">
              <option value="">{t('nobody')}</option>
              {agents.data
                ?.filter((a) => a.active || a.id === ticket.assigneeId)
                .map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
            </select>
            {ticket.assigneeId !== session.agent.id && (
              <button type="button" className="button button-ghost small" onClick={() => update.mutate({ assigneeId: session.agent.id })}>
                {t('assignToMe')}
              </button>
            )}
          </div>,
        )}
        {field(
          t('fields.teamId'),
          <select value={ticket.teamId ?? ''} onChange={(e) => update.mutate({ teamId: e.target.value || null })} data-field="team">
            <option value="">{t('none')}</option>
            {teams.data?.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>,
        )}
        {field(
          t('fields.intent'),
          <select value={ticket.intent ?? ''} onChange={(e) => update.mutate({ intent: e.target.value || null })} data-field="intent">
            <option value="">{ticket.needsTriage ? t('common:intentNone') : t('common:intentUnset')}</option>
            {Object.entries(INTENT_GROUPS).map(([group, codes]) => (
              <optgroup key={group} label={t(`intentGroups.${group}` as 'intentGroups.other')}>
                {codes.map((code) => (
                  <option key={code} value={code}>
                    {t(`common:intents.${code}` as 'common:intents.other')}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>,
        )}
        <div className="side-field">
          <span id="tags-label">{t('fields.tags')}</span>
          <ul className="tag-list" aria-labelledby="tags-label">
            {ticket.tags.map((existing) => (
              <li key={existing} className="chip">
                {existing}
                <button type="button" className="icon-button" aria-label={t('removeTag', { tag: existing })} onClick={() => update.mutate({ removeTags: [existing] })}>
                  ×
                </button>
              </li>
            ))}
          </ul>
          <form
            className="inline-control"
            onSubmit={(e) => {
              e.preventDefault();
              if (tag.trim()) update.mutate({ addTags: [tag.trim()] }, { onSuccess: () => setTag('') });
            }}
          >
            <label className="visually-hidden" htmlFor={`add-tag-${ticket.id}`}>
              {t('addTag')}
            </label>
            <input id={`add-tag-${ticket.id}`} value={tag} onChange={(e) => setTag(e.target.value.replace(/[\s,]/g, ''))} placeholder={t('addTag')} maxLength={64} />
            <button type="submit" className="button" disabled={!tag.trim()}>
              {t('add')}
            </button>
          </form>
        </div>
      </fieldset>
      <InlineError error={update.error} />
    </section>
  );
}

function OtherTickets({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation(['ticket', 'common']);
  const others = useQuery({
    queryKey: ['tickets', { customerId: ticket.customer.id, limit: 6 }],
    queryFn: () => get<Page<TicketSummary>>('/api/tickets', { customerId: ticket.customer.id, limit: 6 }),
  });
  const items = others.data?.items.filter((other) => other.id !== ticket.id) ?? [];
  return (
    <section className="side-card" aria-labelledby="others-title">
      <h2 id="others-title">{t('otherTickets')}</h2>
      {others.isPending && <span className="skeleton" />}
      {!others.isPending && items.length === 0 && <p className="muted small">{t('noOtherTickets')}</p>}
      <ul className="other-tickets">
        {items.slice(0, 5).map((other) => (
          <li key={other.id}>
            <Link href={`/tickets/${other.id}`}>
              #{other.id} {other.subject}
            </Link>{' '}
            <StatusChip status={other.status} />
          </li>
        ))}
      </ul>
      {items.length > 0 && (
        <Link href={`/customers/${ticket.customer.id}`} className="small">
          {t('allTicketsOfBuyer')}
        </Link>
      )}
    </section>
  );
}
