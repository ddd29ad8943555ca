import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useBrands } from '../api/lookups';
import { FormDialog } from '../shell/FormDialog';
import { useSaveMailbox, type Mailbox } from './api';
import {
  blankMailboxForm,
  createBody,
  defaultImapPort,
  defaultSmtpPort,
  MAIL_AUTHS,
  mailboxFormOf,
  SMTP_SECURITIES,
  updateBody,
  type MailAuth,
  type MailboxForm,
  type SecretField,
  type SmtpSecurity,
} from './mailbox-form';

export type EditingMailbox = { mode: 'create' } | { mode: 'edit'; mailbox: Mailbox } | null;

/** Create or edit a mailbox: general, IMAP, SMTP and DKIM, each in its own group. */
export function MailboxDialog({ editing, onClose }: { editing: EditingMailbox; onClose: () => void }) {
  const { t } = useTranslation(['email', 'common']);
  const brands = useBrands();
  const save = useSaveMailbox();
  const mailbox = editing?.mode === 'edit' ? editing.mailbox : null;
  const [form, setForm] = useState<MailboxForm>(() => blankMailboxForm(''));
  const ids = { brand: useId(), name: useId(), address: useId(), displayName: useId(), aliases: useId() };

  const { reset } = save;
  const firstBrand = brands.data?.[0]?.id ?? '';
  useEffect(() => {
    if (!editing) return;
    reset();
    setForm(editing.mode === 'edit' ? mailboxFormOf(editing.mailbox) : blankMailboxForm(firstBrand));
    // Only opening resets the form: the brand list arriving later fills in the brand (below), not the rest.
  }, [editing, reset]);
  useEffect(() => {
    if (editing?.mode === 'create' && !form.brandId && firstBrand) setForm((old) => ({ ...old, brandId: firstBrand }));
  }, [editing, firstBrand, form.brandId]);

  const set = <K extends keyof MailboxForm>(key: K, value: MailboxForm[K]) => setForm((old) => ({ ...old, [key]: value }));
  const setImap = <K extends keyof MailboxForm['imap']>(key: K, value: MailboxForm['imap'][K]) =>
    setForm((old) => ({ ...old, imap: { ...old.imap, [key]: value } }));
  const setSmtp = <K extends keyof MailboxForm['smtp']>(key: K, value: MailboxForm['smtp'][K]) =>
    setForm((old) => ({ ...old, smtp: { ...old.smtp, [key]: value } }));
  const setDkim = <K extends keyof MailboxForm['dkim']>(key: K, value: MailboxForm['dkim'][K]) =>
    setForm((old) => ({ ...old, dkim: { ...old.dkim, [key]: value } }));

  const submit = () => {
    if (!mailbox) return save.mutate({ id: null, body: createBody(form) }, { onSuccess: onClose });
    const body = updateBody(mailbox, form);
    if (Object.keys(body).length === 0) return onClose();
    save.mutate({ id: mailbox.id, body }, { onSuccess: onClose });
  };

  return (
    <FormDialog
      open={editing !== null}
      wide
      title={mailbox ? t('dialog.editTitle', { address: mailbox.address }) : t('dialog.addTitle')}
      description={t('dialog.explain')}
      submitLabel={mailbox ? t('common:save') : t('dialog.create')}
      pending={save.isPending}
      error={save.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <div className="adm-grid" data-testid="mailbox-form">
        <label className="field" htmlFor={ids.name}>
          <span>{t('fields.name')}</span>
          <input id={ids.name} type="text" required maxLength={120} value={form.name} placeholder={t('fields.namePlaceholder')} onChange={(e) => set('name', e.target.value)} />
        </label>
        <label className="field" htmlFor={ids.brand}>
          <span>{t('fields.brand')}</span>
          <select id={ids.brand} required value={form.brandId} onChange={(e) => set('brandId', e.target.value)}>
            {(brands.data ?? []).map((brand) => (
              <option key={brand.id} value={brand.id}>
                {brand.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={ids.address}>
          <span>{t('fields.address')}</span>
          <input id={ids.address} type="email" required maxLength={254} autoComplete="off" value={form.address} onChange={(e) => set('address', e.target.value)} />
        </label>
        <label className="field" htmlFor={ids.displayName}>
          <span>{t('fields.displayName')}</span>
          <input
            id={ids.displayName}
            type="text"
            maxLength={120}
            value={form.displayName}
            placeholder={t('fields.displayNamePlaceholder')}
            onChange={(e) => set('displayName', e.target.value)}
          />
        </label>
        <label className="field adm-span-2" htmlFor={ids.aliases}>
          <span>{t('fields.aliases')}</span>
          <textarea
            id={ids.aliases}
            rows={2}
            value={form.aliases}
            aria-describedby={`${ids.aliases}-hint`}
            onChange={(e) => set('aliases', e.target.value)}
          />
          <small id={`${ids.aliases}-hint`} className="muted">
            {t('fields.aliasesHint')}
          </small>
        </label>
        <label className="checkbox adm-span-2">
          <input type="checkbox" checked={form.active} onChange={(e) => set('active', e.target.checked)} />
          <span>{t('fields.active')}</span>
        </label>
      </div>

      <Group legend={t('sections.imap')} hint={t('sections.imapHint')}>
        <label className="checkbox adm-span-2">
          <input type="checkbox" checked={form.imap.enabled} onChange={(e) => setImap('enabled', e.target.checked)} />
          <span>{t('fields.imapEnabled')}</span>
        </label>
        <TextField label={t('fields.host')} value={form.imap.host} onChange={(v) => setImap('host', v)} required={form.imap.enabled} placeholder="imap.example.com" />
        <PortField value={form.imap.port} onChange={(v) => setImap('port', v)} placeholder={defaultImapPort(form.imap.tls)} />
        <label className="checkbox adm-span-2">
          <input type="checkbox" checked={form.imap.tls} onChange={(e) => setImap('tls', e.target.checked)} />
          <span>{t('fields.imapTls')}</span>
        </label>
        <TextField label={t('fields.user')} value={form.imap.user} onChange={(v) => setImap('user', v)} required={form.imap.enabled} autoComplete="off" />
        <AuthField value={form.imap.auth} onChange={(v) => setImap('auth', v)} />
        <SecretInput
          label={form.imap.auth === 'oauth2' ? t('fields.token') : t('fields.password')}
          field={form.imap.secret}
          stored={mailbox?.imap.secretSet ?? false}
          onChange={(v) => setImap('secret', v)}
        />
        <TextField label={t('fields.folder')} value={form.imap.folder} onChange={(v) => setImap('folder', v)} placeholder="INBOX" />
        <TextField
          label={t('fields.archiveFolder')}
          value={form.imap.archiveFolder}
          onChange={(v) => setImap('archiveFolder', v)}
          hint={t('fields.archiveFolderHint')}
        />
      </Group>

      <Group legend={t('sections.smtp')} hint={t('sections.smtpHint')}>
        <TextField label={t('fields.host')} value={form.smtp.host} onChange={(v) => setSmtp('host', v)} placeholder="smtp.example.com" />
        <PortField value={form.smtp.port} onChange={(v) => setSmtp('port', v)} placeholder={defaultSmtpPort(form.smtp.security)} />
        <SecurityField value={form.smtp.security} onChange={(v) => setSmtp('security', v)} />
        <TextField label={t('fields.user')} value={form.smtp.user} onChange={(v) => setSmtp('user', v)} autoComplete="off" />
        <AuthField value={form.smtp.auth} onChange={(v) => setSmtp('auth', v)} />
        <SecretInput
          label={form.smtp.auth === 'oauth2' ? t('fields.token') : t('fields.password')}
          field={form.smtp.secret}
          stored={mailbox?.smtp.secretSet ?? false}
          onChange={(v) => setSmtp('secret', v)}
        />
      </Group>

      <Group legend={t('sections.dkim')} hint={t('sections.dkimHint')}>
        <TextField label={t('fields.dkimDomain')} value={form.dkim.domain} onChange={(v) => setDkim('domain', v)} placeholder="example.com" />
        <TextField label={t('fields.dkimSelector')} value={form.dkim.selector} onChange={(v) => setDkim('selector', v)} placeholder="mail" />
        <SecretInput
          label={t('fields.dkimKey')}
          field={form.dkim.privateKey}
          stored={mailbox?.dkim.keySet ?? false}
          multiline
          onChange={(v) => setDkim('privateKey', v)}
        />
      </Group>
    </FormDialog>
  );
}

function Group({ legend, hint, children }: { legend: string; hint: string; children: ReactNode }) {
  const hintId = useId();
  return (
    <fieldset className="mbx-group" aria-describedby={hintId}>
      <legend>{legend}</legend>
      <p id={hintId} className="muted small adm-hint">
        {hint}
      </p>
      <div className="adm-grid">{children}</div>
    </fieldset>
  );
}

function TextField(props: { label: string; value: string; onChange: (value: string) => void; required?: boolean; placeholder?: string; hint?: string; autoComplete?: string }) {
  const id = useId();
  return (
    <label className="field" htmlFor={id}>
      <span>{props.label}</span>
      <input
        id={id}
        type="text"
        maxLength={253}
        required={props.required}
        value={props.value}
        placeholder={props.placeholder}
        autoComplete={props.autoComplete}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.hint && (
        <small id={`${id}-hint`} className="muted">
          {props.hint}
        </small>
      )}
    </label>
  );
}

function PortField({ value, onChange, placeholder }: { value: string; onChange: (value: string) => void; placeholder: number }) {
  const { t } = useTranslation('email');
  const id = useId();
  return (
    <label className="field" htmlFor={id}>
      <span>{t('fields.port')}</span>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={65535}
        step={1}
        value={value}
        placeholder={String(placeholder)}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
      />
      <small id={`${id}-hint`} className="muted">
        {t('fields.portHint', { port: placeholder })}
      </small>
    </label>
  );
}

function AuthField({ value, onChange }: { value: MailAuth; onChange: (value: MailAuth) => void }) {
  const { t } = useTranslation('email');
  const id = useId();
  return (
    <label className="field" htmlFor={id}>
      <span>{t('fields.auth')}</span>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as MailAuth)}>
        {MAIL_AUTHS.map((auth) => (
          <option key={auth} value={auth}>
            {t(`auth.${auth}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

function SecurityField({ value, onChange }: { value: SmtpSecurity; onChange: (value: SmtpSecurity) => void }) {
  const { t } = useTranslation('email');
  const id = useId();
  return (
    <label className="field" htmlFor={id}>
      <span>{t('fields.security')}</span>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as SmtpSecurity)}>
        {SMTP_SECURITIES.map((security) => (
          <option key={security} value={security}>
            {t(`security.${security}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A write-only secret: never shown, empty keeps the stored one, a tick removes it. */
function SecretInput({ label, field, stored, multiline, onChange }: { label: string; field: SecretField; stored: boolean; multiline?: boolean; onChange: (value: SecretField) => void }) {
  const { t } = useTranslation('email');
  const id = useId();
  const hint = stored ? (field.clear ? t('fields.secretWillClear') : t('fields.secretStored')) : t('fields.secretNotSet');
  const common = {
    id,
    value: field.value,
    disabled: field.clear,
    autoComplete: 'new-password',
    spellCheck: false,
    'aria-describedby': `${id}-hint`,
  };
  return (
    <div className={multiline ? 'field adm-span-2' : 'field'}>
      <label htmlFor={id}>
        <span className="mbx-label">{label}</span>
      </label>
      {multiline ? (
        <textarea {...common} rows={3} className="mbx-key" placeholder="-----BEGIN PRIVATE KEY-----" onChange={(e) => onChange({ value: e.target.value, clear: false })} />
      ) : (
        <input {...common} type="password" maxLength={4096} onChange={(e) => onChange({ value: e.target.value, clear: false })} />
      )}
      <small id={`${id}-hint`} className="muted">
        {hint}
      </small>
      {stored && (
        <label className="checkbox small">
          <input type="checkbox" checked={field.clear} onChange={(e) => onChange({ value: '', clear: e.target.checked })} />
          <span>{t('fields.secretClear')}</span>
        </label>
      )}
    </div>
  );
}
