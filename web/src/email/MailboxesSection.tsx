import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBrands, nameOf } from '../api/lookups';
import { hasRole } from '../app/roles';
import { useSession } from '../app/session';
import { formatDateTime } from '../format/time';
import { AdminListCard } from '../admin/AdminListCard';
import { FormDialog } from '../shell/FormDialog';
import { EmptyState, useErrorMessage } from '../shell/states';
import { useDeleteMailbox, useMailboxes, useTestMailbox, type Mailbox, type MailboxTest } from './api';
import { MailboxDialog, type EditingMailbox } from './MailboxDialog';
import { ConnectionTestResult } from './ConnectionTestResult';
import { defaultImapPort, defaultSmtpPort } from './mailbox-form';
import './email.css';

/** A test's outcome per mailbox, shown under its row until dismissed. */
type TestState = { pending: true } | { pending: false; result: MailboxTest } | { pending: false; error: unknown };

/** Admin → Mailboxes: the support addresses Meridian fetches mail from (IMAP) and replies through (SMTP). */
export function MailboxesSection() {
  const { t } = useTranslation(['email', 'admin', 'common']);
  const { session } = useSession();
  const canRead = hasRole(session.agent.role, 'supervisor');
  const canEdit = hasRole(session.agent.role, 'admin');
  const mailboxes = useMailboxes(canRead);
  const [editing, setEditing] = useState<EditingMailbox>(null);
  const [deleting, setDeleting] = useState<Mailbox | null>(null);
  const [tests, setTests] = useState<Record<string, TestState>>({});
  const test = useTestMailbox();
  const columns = canEdit ? 7 : 6;

  if (!canRead) {
    return (
      <div className="adm-section-body">
        <EmptyState title={t('mailboxes.title')} hint={t('needsSupervisor')} />
      </div>
    );
  }

  const runTest = (mailbox: Mailbox) => {
    setTests((old) => ({ ...old, [mailbox.id]: { pending: true } }));
    test.mutate(mailbox.id, {
      onSuccess: (result) => setTests((old) => ({ ...old, [mailbox.id]: { pending: false, result } })),
      onError: (error) => setTests((old) => ({ ...old, [mailbox.id]: { pending: false, error } })),
    });
  };
  const dismissTest = (id: string) =>
    setTests((old) => {
      const { [id]: _dismissed, ...rest } = old;
      return rest;
    });

  return (
    <div className="adm-section-body">
      <AdminListCard
        id="mailboxes-title"
        title={t('mailboxes.title')}
        add={canEdit ? { label: t('mailboxes.add'), onClick: () => setEditing({ mode: 'create' }) } : undefined}
        note={<p className="muted small adm-readonly">{canEdit ? t('mailboxes.explain') : t('mailboxes.readOnly')}</p>}
        list={mailboxes}
        skeleton={{ rows: 3, columns }}
        head={
          <>
            <th scope="col" className="mbx-col-name">{t('mailboxes.columns.name')}</th>
            <th scope="col" className="mbx-col-address">{t('mailboxes.columns.address')}</th>
            <th scope="col" className="mbx-col-brand">{t('mailboxes.columns.brand')}</th>
            <th scope="col">{t('mailboxes.columns.imap')}</th>
            <th scope="col" className="mbx-col-smtp">{t('mailboxes.columns.smtp')}</th>
            <th scope="col" className="mbx-col-state">{t('mailboxes.columns.status')}</th>
          </>
        }
        actions={canEdit ? { className: 'mbx-col-actions', label: t('admin:actions') } : undefined}
        rows={(items) =>
          items.map((mailbox) => (
            <MailboxRows
              key={mailbox.id}
              mailbox={mailbox}
              canEdit={canEdit}
              columns={columns}
              test={tests[mailbox.id]}
              onTest={() => runTest(mailbox)}
              onDismissTest={() => dismissTest(mailbox.id)}
              onEdit={() => setEditing({ mode: 'edit', mailbox })}
              onDelete={() => setDeleting(mailbox)}
            />
          ))
        }
        empty={<EmptyState title={t('mailboxes.empty')} hint={canEdit ? t('mailboxes.emptyHint') : undefined} />}
      />
      <MailboxDialog editing={editing} onClose={() => setEditing(null)} />
      <DeleteMailboxDialog mailbox={deleting} onClose={() => setDeleting(null)} />
    </div>
  );
}

interface RowProps {
  mailbox: Mailbox;
  canEdit: boolean;
  columns: number;
  test: TestState | undefined;
  onTest: () => void;
  onDismissTest: () => void;
  onEdit: () => void;
  onDelete: () => void;
}

function MailboxRows({ mailbox, canEdit, columns, test, onTest, onDismissTest, onEdit, onDelete }: RowProps) {
  const { t } = useTranslation(['email', 'admin']);
  const brands = useBrands();
  const errorMessage = useErrorMessage();
  const smtp = mailbox.smtp.host ? `${mailbox.smtp.host}:${mailbox.smtp.port ?? defaultSmtpPort(mailbox.smtp.security)}` : null;
  return (
    <>
      <tr className={mailbox.active ? '' : 'adm-inactive'} data-testid="mailbox-row">
        <td className="adm-ellipsis" title={mailbox.displayName ?? mailbox.name}>
          {mailbox.name}
          {mailbox.displayName && <div className="muted small adm-ellipsis">{mailbox.displayName}</div>}
        </td>
        <td className="adm-break">
          {mailbox.address}
          {mailbox.aliases.length > 0 && (
            <div className="muted small" title={mailbox.aliases.join(', ')}>
              {t('mailboxes.aliasCount', { count: mailbox.aliases.length })}
            </div>
          )}
        </td>
        <td className="adm-ellipsis">{nameOf(brands.data, mailbox.brandId) ?? t('admin:unknown')}</td>
        <td className="adm-wrap">
          <ImapStatus mailbox={mailbox} />
        </td>
        <td className="adm-break">
          {smtp ? (
            <>
              {smtp}
              <div className="muted small">{t(`security.${mailbox.smtp.security}`)}</div>
            </>
          ) : (
            <span className="muted">{t('mailboxes.smtpNone')}</span>
          )}
        </td>
        <td>
          <span className={mailbox.active ? 'chip adm-on' : 'chip adm-off'}>{mailbox.active ? t('mailboxes.active') : t('mailboxes.inactive')}</span>
        </td>
        {canEdit && (
          <td className="mbx-col-actions">
            <div className="mbx-actions">
              <button type="button" className="button" onClick={onTest} disabled={test?.pending} aria-busy={test?.pending}>
                {test?.pending ? t('mailboxes.testing') : t('mailboxes.test')}
                <span className="visually-hidden"> {mailbox.address}</span>
              </button>
              <button type="button" className="button" onClick={onEdit}>
                {t('admin:edit')}
                <span className="visually-hidden"> {mailbox.address}</span>
              </button>
              <button type="button" className="button button-danger" onClick={onDelete}>
                {t('admin:delete')}
                <span className="visually-hidden"> {mailbox.address}</span>
              </button>
            </div>
          </td>
        )}
      </tr>
      {test && !test.pending && (
        <tr className="mbx-test-row" data-testid="mailbox-test">
          <td colSpan={columns}>
            <div className="mbx-test" role="status">
              <strong className="mbx-test-title">{t('testResult.title', { address: mailbox.address })}</strong>
              {'result' in test ? (
                <ConnectionTestResult result={test.result} />
              ) : (
                <p className="inline-error" role="alert">
                  {errorMessage(test.error)}
                </p>
              )}
              <button type="button" className="button button-ghost small mbx-test-close" onClick={onDismissTest}>
                {t('testResult.dismiss')}
                <span className="visually-hidden"> {t('testResult.title', { address: mailbox.address })}</span>
              </button>
            </div>
          </td>
        </tr>
      )}
    </>
  );
}

/** Whether the mailbox is fetching: off, never synced, last sync time, or the last error. */
function ImapStatus({ mailbox }: { mailbox: Mailbox }) {
  const { t, i18n } = useTranslation('email');
  const { session } = useSession();
  const { imap } = mailbox;
  if (!imap.enabled) return <span className="muted">{t('mailboxes.imapOff')}</span>;
  const synced = imap.lastSyncAt ? (
    <span className="muted small">
      {t('mailboxes.lastSync', { time: formatDateTime(imap.lastSyncAt, i18n.language, session.agent.timezone) })}
    </span>
  ) : (
    <span className="muted small">{t('mailboxes.neverSynced')}</span>
  );
  return (
    <div className="mbx-imap">
      <span className="adm-break">{imap.host ? `${imap.host}:${imap.port ?? defaultImapPort(imap.tls)}` : '—'}</span>
      {synced}
      {imap.lastError && (
        <span className="mbx-error small" title={imap.lastError}>
          {t('mailboxes.lastError', { error: imap.lastError })}
        </span>
      )}
    </div>
  );
}

function DeleteMailboxDialog({ mailbox, onClose }: { mailbox: Mailbox | null; onClose: () => void }) {
  const { t } = useTranslation('email');
  const remove = useDeleteMailbox();
  return (
    <FormDialog
      open={mailbox !== null}
      danger
      title={t('mailboxes.deleteTitle', { address: mailbox?.address ?? '' })}
      description={t('mailboxes.deleteExplain')}
      submitLabel={t('mailboxes.deleteConfirm')}
      pending={remove.isPending}
      error={remove.error}
      onSubmit={() => mailbox && remove.mutate(mailbox.id, { onSuccess: onClose })}
      onClose={() => {
        remove.reset();
        onClose();
      }}
    />
  );
}
