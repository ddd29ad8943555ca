import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Customer } from '../api/types';
import { useSession } from '../app/session';
import { countryName, formatDateTime, isNightIn, languageName, localTimeIn } from '../format/time';
import { ErrorState } from '../shell/states';
import { useNow } from '../shell/useNow';
import '../admin/admin.css';
import { CustomerEditDialog } from './CustomerEditDialog';
import { CustomerTickets } from './CustomerTickets';
import { groupIdentities } from './identities';
import { useCustomer } from './useCustomer';
import { useDocumentTitle } from '../shell/useDocumentTitle';

/** One buyer: who they are, where and when they are, and every ticket they have written. */
export default function CustomerPage({ customerId }: { customerId: string }) {
  const { t } = useTranslation(['customer', 'common']);
  const customer = useCustomer(customerId);
  const [editing, setEditing] = useState(false);
  useDocumentTitle(customer.data?.name);

  return (
    <div className="cust">
      <div className="cust-back">
        <Link href="/">{t('backToInbox')}</Link>
      </div>
      {customer.isError && !customer.data ? (
        <section className="adm-card" aria-labelledby="customer-name">
          <h1 id="customer-name" className="visually-hidden">
            {t('title')}
          </h1>
          <ErrorState error={customer.error} onRetry={() => void customer.refetch()} />
        </section>
      ) : (
        <div className="cust-grid">
          <section className="adm-card cust-profile" aria-labelledby="customer-name" aria-busy={customer.isPending}>
            {customer.isPending ? (
              <>
                <h1 id="customer-name" className="visually-hidden">
                  {t('title')}
                </h1>
                <ProfileSkeleton />
              </>
            ) : (
              <Profile customer={customer.data} onEdit={() => setEditing(true)} />
            )}
          </section>
          <section className="adm-card cust-tickets" aria-labelledby="customer-tickets-title">
            <h2 id="customer-tickets-title">{t('tickets.title')}</h2>
            <CustomerTickets customerId={customerId} />
          </section>
        </div>
      )}
      {customer.data && <CustomerEditDialog customer={customer.data} open={editing} onClose={() => setEditing(false)} />}
    </div>
  );
}

function ProfileSkeleton() {
  const { t } = useTranslation('common');
  return (
    <div className="cust-skeleton" role="status">
      <span className="visually-hidden">{t('loading')}</span>
      <span className="skeleton cust-skeleton-title" aria-hidden="true" />
      {Array.from({ length: 7 }, (_, i) => (
        <span key={i} className="skeleton" aria-hidden="true" />
      ))}
    </div>
  );
}

function Profile({ customer, onEdit }: { customer: Customer; onEdit: () => void }) {
  const { t, i18n } = useTranslation(['customer', 'common']);
  const { session } = useSession();
  const now = new Date(useNow(30_000));
  const locale = i18n.language;
  const asleep = customer.timezone ? isNightIn(customer.timezone, now) : false;
  const customEntries = Object.entries(customer.customFields);

  return (
    <>
      <div className="adm-card-head">
        <h1 id="customer-name" className="cust-name">
          {customer.title && <span className="muted cust-honorific">{customer.title} </span>}
          {customer.name || t('unnamed')}
        </h1>
        {!customer.anonymized && (
          <button type="button" className="button" onClick={onEdit}>
            {t('edit')}
          </button>
        )}
      </div>
      {customer.anonymized && (
        <p className="adm-warning small" role="note">
          {t('anonymized')}
        </p>
      )}
      <dl className="cust-facts">
        {groupIdentities(customer.identities).map(([kind, identities]) => (
          <div key={kind}>
            <dt>{t(`identity.${kind}`)}</dt>
            <dd>
              <ul className="cust-values">
                {identities.map((identity) => (
                  <li key={identity.id} className="adm-break">
                    {kind === 'email' ? <a href={`mailto:${identity.value}`}>{identity.value}</a> : identity.value}
                    {identity.marketplace && <span className="muted small"> · {identity.marketplace}</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
        <div>
          <dt>{t('fields.country')}</dt>
          <dd>{customer.country ? `${countryName(customer.country, locale)} (${customer.country})` : <NotSet />}</dd>
        </div>
        <div>
          <dt>{t('fields.language')}</dt>
          <dd>{customer.language ? `${languageName(customer.language, locale)} (${customer.language})` : <NotSet />}</dd>
        </div>
        <div>
          <dt>{t('fields.timezone')}</dt>
          <dd>{customer.timezone ?? <NotSet />}</dd>
        </div>
        <div>
          <dt>{t('localTime')}</dt>
          <dd data-testid="customer-local-time">
            {customer.timezone ? (
              <>
                {localTimeIn(customer.timezone, locale, now)}
                {asleep && <span className="badge">{t('night')}</span>}
              </>
            ) : (
              <span className="muted">{t('unknownZone')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('fields.tier')}</dt>
          <dd>{t(`tiers.${customer.tier}` as 'tiers.standard', { defaultValue: customer.tier })}</dd>
        </div>
        <div>
          <dt>{t('since')}</dt>
          <dd>
            <time dateTime={customer.createdAt}>{formatDateTime(customer.createdAt, locale, session.agent.timezone)}</time>
          </dd>
        </div>
      </dl>
      {customer.notes && (
        <div className="cust-block">
          <h2>{t('fields.notes')}</h2>
          <p className="cust-notes">{customer.notes}</p>
        </div>
      )}
      {customEntries.length > 0 && (
        <div className="cust-block">
          <h2>{t('customFields')}</h2>
          <dl className="cust-facts">
            {customEntries.map(([key, value]) => (
              <div key={key}>
                <dt>{key}</dt>
                <dd className="adm-break">{formatCustomValue(value, t('yes'), t('no'))}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </>
  );
}

function NotSet() {
  const { t } = useTranslation('customer');
  return <span className="muted">{t('notSet')}</span>;
}

function formatCustomValue(value: unknown, yes: string, no: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? yes : no;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}
