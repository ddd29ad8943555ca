import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AttachmentStore } from '../../src/platform/files/attachment-store.js';
import { addAttachment } from '../../src/modules/tickets/ticket-attachments.js';
import { createTestAgent, createTestApp, createTestBrand, createTestTicket, type TestAgent, type TestApp } from '../helpers/test-app.js';

describe('attachments', () => {
  let t: TestApp;
  let agent: TestAgent;
  let store: AttachmentStore;
  let ticket: { id: number; messages: { id: number }[] };
  let hiddenBrand: string;

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await createTestAgent(t, 'admin', 'senior');
    agent = await createTestAgent(t, 'agent', 'junior');
    const brandId = await createTestBrand(admin.api, 'Files shop');
    hiddenBrand = await createTestBrand(admin.api, 'Other files shop');
    ticket = await createTestTicket(agent.api, brandId);
    store = new AttachmentStore(path.join(t.config.dataDir, 'attachments'));
  });
  afterAll(() => t.close());

  it('stores bytes once by content hash and lists them on the message', async () => {
    const photo = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);
    const a = await addAttachment(t.runtime.db, store, t.workspaceId, ticket.messages[0]!.id, { filename: '../../etc/破损照片.png', contentType: 'image/png', content: photo });
    const b = await addAttachment(t.runtime.db, store, t.workspaceId, ticket.messages[0]!.id, { filename: 'copy.png', contentType: 'image/png', content: photo });
    expect(a.sha256).toBe(b.sha256);
    expect(a.filename).toBe('破损照片.png');
    const detail = await agent.api.get(`/api/tickets/${ticket.id}`);
    expect(detail.body.messages[0].attachments.map((x: { filename: string }) => x.filename).sort()).toEqual(['copy.png', '破损照片.png']);

    const res = await fetch(`${t.baseUrl}/api/attachments/${a.id}`, { headers: { authorization: `Bearer ${agent.token}` } });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(photo);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('破损照片.png'));
  });

  it('serves anything but safe images as a download that cannot run in the app', async () => {
    const html = await addAttachment(t.runtime.db, store, t.workspaceId, ticket.messages[0]!.id, { filename: 'invoice.html', contentType: 'text/html', content: Buffer.from('<script>alert(1)</script>') });
    const res = await fetch(`${t.baseUrl}/api/attachments/${html.id}`, { headers: { authorization: `Bearer ${agent.token}` } });
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('hides attachments of brands the agent may not see', async () => {
    const restricted = await createTestAgent(t, 'agent', 'junior', { brandIds: [hiddenBrand] });
    const file = await addAttachment(t.runtime.db, store, t.workspaceId, ticket.messages[0]!.id, { filename: 'x.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF') });
    const res = await fetch(`${t.baseUrl}/api/attachments/${file.id}`, { headers: { authorization: `Bearer ${restricted.token}` } });
    expect(res.status).toBe(404);
  });
});
