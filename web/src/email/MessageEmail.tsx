import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageView } from '../api/types';
import { useSession } from '../app/session';
import { formatDateTime } from '../format/time';
import { ErrorState, InlineError, LoadingState } from '../shell/states';
import { useModalDialog } from '../shell/useModalDialog';
import { useMessageEmail, useRetryDelivery, type DeliveryView, type MessageEmail } from './api';
import './email.css';

const MACHINE_KINDS = ['auto_reply', 'out_of_office', 'bounce', 'mailer_daemon', 'loop'] as const;
type Source = NonNullable<MessageView['source']>;

/** The label of a machine-mail kind; kinds this app does not know yet read as "automatic e-mail". */
function useMachineLabel() {
  const { t } = useTranslation('email');
  return (machine: string) => ((MACHINE_KINDS as readonly string[]).includes(machine) ? t(`machine.${machine as (typeof MACHINE_KINDS)[number]}`) : t('machine.other'));
}

/** What the e-mail channel noticed about an inbound message: machine mail, hidden quotes, left-out attachments. */
export function EmailBadges({ source }: { source: Source }) {
  const { t } = useTranslation('email');
  const machineLabel = useMachineLabel();
  if (!source.machine && !source.quoteStripped && source.omittedAttachments === 0) return null;
  return (
    <span className="email-badges" data-testid="email-badges">
      {source.machine && (
        <span className="chip email-machine" title={t('machine.hint')}>
          {machineLabel(source.machine)}
        </span>
      )}
      {source.quoteStripped && (
        <span className="chip" title={t('badges.quoteHint')}>
          {t('badges.quoteHidden')}
        </span>
      )}
      {source.omittedAttachments > 0 && <span className="chip email-omitted">{t('badges.omitted', { count: source.omittedAttachments })}</span>}
    </span>
  );
}

/** How a reply is being delivered by e-mail, with a retry for one that failed or bounced. */
export function DeliveryStatus({ messageId, ticketId, delivery }: { messageId: number; ticketId: number; delivery: DeliveryView }) {
  const { t, i18n } = useTranslation('email');
  const { session } = useSession();
  const retry = useRetryDelivery(ticketId);
  const to = delivery.to.join(', ');
  const error = delivery.error ?? t('delivery.noReason');
  let text: string;
  switch (delivery.status) {
    case 'queued':
      text = delivery.attempts > 0 && delivery.error ? t('delivery.retrying', { to, error: delivery.error }) : t('delivery.queued', { to });
      break;
    case 'sending':
      text = t('delivery.sending', { to });
      break;
    case 'sent':
      text = delivery.sentAt ? t('delivery.sentAt', { to, time: formatDateTime(delivery.sentAt, i18n.language, session.agent.timezone) }) : t('delivery.sent', { to });
      break;
    case 'failed':
      text = t('delivery.failed', { error });
      break;
    case 'bounced':
      text = t('delivery.bounced', { error });
      break;
  }
  const canRetry = delivery.status === 'failed' || delivery.status === 'bounced';
  return (
    <div className={`delivery delivery-${delivery.status}`} data-testid="delivery" data-status={delivery.status}>
      <span className="delivery-icon" aria-hidden="true">
        {ICONS[delivery.status]}
      </span>
      <span className="delivery-text">
        <span className="visually-hidden">{t('delivery.label')}: </span>
        {text}
      </span>
      {canRetry && (
        <button type="button" className="button small" disabled={retry.isPending} aria-busy={retry.isPending} onClick={() => retry.mutate(messageId)}>
          {t('delivery.retry')}
        </button>
      )}
      <InlineError error={retry.error} />
    </div>
  );
}

const ICONS: Record<DeliveryView['status'], string> = { queued: '⏳', sending: '↗', sent: '✓', failed: '⚠', bounced: '↩' };

/** "E-mail headers": opens a dialog that loads the e-mail behind the message when asked for. */
export function EmailDetailsButton({ messageId }: { messageId: number }) {
  const { t } = useTranslation('email');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button-ghost small" onClick={() => setOpen(true)} data-testid="email-headers-button">
        {t('headers.open')}
      </button>
      <EmailDetailsDialog messageId={messageId} open={open} onClose={() => setOpen(false)} />
    </>
  );
}

function EmailDetailsDialog({ messageId, open, onClose }: { messageId: number; open: boolean; onClose: () => void }) {
  const { t } = useTranslation(['email', 'common']);
  const ref = useModalDialog(open);
  const titleId = useId();
  const email = useMessageEmail(messageId, open);
  return (
    <dialog ref={ref} className="dialog email-dialog" aria-labelledby={titleId} onClose={onClose} data-testid="email-details">
      {open && (
        <div className="stack">
          <div className="email-dialog-head">
            <h2 id={titleId}>{t('headers.title')}</h2>
            <button type="button" className="button" onClick={onClose} autoFocus>
              {t('common:close')}
            </button>
          </div>
          {email.isPending ? (
            <LoadingState label={t('common:loading')} />
          ) : email.isError ? (
            <ErrorState error={email.error} onRetry={() => void email.refetch()} />
          ) : (
            <EmailDetails email={email.data} />
          )}
        </div>
      )}
    </dialog>
  );
}

function EmailDetails({ email }: { email: MessageEmail }) {
  const { t, i18n } = useTranslation('email');
  const machineLabel = useMachineLabel();
  const ids = { headers: useId(), text: useId(), omitted: useId() };
  return (
    <>
      {email.machine && (
        <p className="email-note">
          <span className="chip email-machine">{machineLabel(email.machine)}</span> {t('machine.hint')}
        </p>
      )}
      {email.delivery && <DeliveryFacts delivery={email.delivery} />}
      <section aria-labelledby={ids.headers}>
        <h3 id={ids.headers}>{t('headers.headers')}</h3>
        {email.headers.length === 0 ? (
          <p className="muted">{t('headers.noHeaders')}</p>
        ) : (
          <div className="email-headers-wrap">
            <table className="email-headers">
              <caption className="visually-hidden">{t('headers.headers')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('headers.name')}</th>
                  <th scope="col">{t('headers.value')}</th>
                </tr>
              </thead>
              <tbody>
                {email.headers.map((header, index) => (
                  <tr key={`${index}-${header.name}`}>
                    <th scope="row">{header.name}</th>
                    <td>{header.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby={ids.text}>
        <h3 id={ids.text}>{email.direction === 'inbound' ? t('headers.fullText') : t('headers.sentText')}</h3>
        {/* A scrolling region must be reachable by keyboard: it takes focus itself. */}
        <pre className="email-fulltext" tabIndex={0} aria-labelledby={ids.text}>
          {email.fullText}
        </pre>
      </section>
      {email.omittedAttachments.length > 0 && (
        <section aria-labelledby={ids.omitted}>
          <h3 id={ids.omitted}>{t('headers.omitted')}</h3>
          <ul className="email-omitted-list">
            {email.omittedAttachments.map((file, index) => (
              <li key={`${index}-${file.filename}`}>
                <strong>{file.filename}</strong> <span className="muted small">({formatSize(file.sizeBytes, i18n.language)})</span> — {file.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function DeliveryFacts({ delivery }: { delivery: DeliveryView }) {
  const { t, i18n } = useTranslation('email');
  const { session } = useSession();
  return (
    <dl className="email-facts">
      <div>
        <dt>{t('delivery.label')}</dt>
        <dd>{t(`delivery.status.${delivery.status}`)}</dd>
      </div>
      <div>
        <dt>{t('delivery.to')}</dt>
        <dd className="adm-break">{delivery.to.join(', ')}</dd>
      </div>
      <div>
        <dt>{t('delivery.attempts')}</dt>
        <dd>{delivery.attempts}</dd>
      </div>
      {delivery.sentAt && (
        <div>
          <dt>{t('delivery.sentTime')}</dt>
          <dd>{formatDateTime(delivery.sentAt, i18n.language, session.agent.timezone)}</dd>
        </div>
      )}
      {delivery.error && (
        <div className="email-facts-wide">
          <dt>{t('delivery.lastError')}</dt>
          <dd className="adm-break">{delivery.error}</dd>
        </div>
      )}
    </dl>
  );
}

function formatSize(bytes: number, locale: string): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'megabyte'] : bytes >= 1024 ? [bytes / 1024, 'kilobyte'] : [bytes, 'byte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}
