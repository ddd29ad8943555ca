import { describe, expect, it } from 'vitest';
import type { Mailbox } from './api';
import { blankMailboxForm, createBody, mailboxFormOf, parseAliases, updateBody } from './mailbox-form';

const stored: Mailbox = {
  id: 'm1',
  brandId: 'b1',
  name: 'Support',
  address: 'support@shop.test',
  displayName: null,
  aliases: ['help@shop.test'],
  active: true,
  imap: { enabled: true, host: 'imap.shop.test', port: null, tls: true, user: 'support', auth: 'password', secretSet: true, folder: 'INBOX', archiveFolder: null, lastSyncAt: null, lastError: null },
  smtp: { host: 'smtp.shop.test', port: 587, security: 'starttls', user: 'support', auth: 'password', secretSet: true },
  dkim: { domain: null, selector: null, keySet: false },
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('mailbox form', () => {
  it('reads aliases one per line, by commas or spaces, lower-cased and without repeats', () => {
    expect(parseAliases(' Help@Shop.test\nsales@shop.test, help@shop.test ;x@y.z  ')).toEqual(['help@shop.test', 'sales@shop.test', 'x@y.z']);
    expect(parseAliases('')).toEqual([]);
  });

  it('creates with nulls for empty fields and leaves out secrets nobody typed', () => {
    const form = blankMailboxForm('b1');
    form.name = ' Support ';
    form.address = 'support@shop.test';
    form.imap.enabled = false;
    form.smtp.host = 'smtp.shop.test';
    form.smtp.port = '2525';
    form.smtp.secret = { value: 'pw', clear: false };
    const body = createBody(form);
    expect(body).toMatchObject({ brandId: 'b1', name: 'Support', displayName: null, aliases: [], active: true });
    expect(body.imap).toMatchObject({ enabled: false, host: null, port: null, folder: 'INBOX' });
    expect(body.imap).not.toHaveProperty('secret');
    expect(body.smtp).toMatchObject({ host: 'smtp.shop.test', port: 2525, secret: 'pw' });
    expect(body.dkim).toEqual({ domain: null, selector: null });
  });

  it('sends nothing when nothing changed, and only what changed otherwise', () => {
    expect(updateBody(stored, mailboxFormOf(stored))).toEqual({});

    const form = mailboxFormOf(stored);
    form.name = 'Support EU';
    form.aliases = 'help@shop.test\nsales@shop.test';
    form.smtp.port = '';
    form.imap.secret = { value: 'new-password', clear: false };
    form.smtp.secret = { value: '', clear: true };
    expect(updateBody(stored, form)).toEqual({
      name: 'Support EU',
      aliases: ['help@shop.test', 'sales@shop.test'],
      imap: { secret: 'new-password' },
      smtp: { port: null, secret: null },
    });
  });

  it('never puts a stored secret into the form: the fields start empty', () => {
    const form = mailboxFormOf(stored);
    expect(form.imap.secret).toEqual({ value: '', clear: false });
    expect(form.smtp.secret).toEqual({ value: '', clear: false });
    expect(form.dkim.privateKey).toEqual({ value: '', clear: false });
  });
});
