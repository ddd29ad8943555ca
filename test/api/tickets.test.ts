import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAgent, createTestApp, createTestBrand, createTestTicket, type TestAgent, type TestApp } from '../helpers/test-app.js';

describe('tickets API', () => {
  let t: TestApp;
  let admin: TestAgent;
  let agent: TestAgent;
  let shop: string;
  let amazon: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createTestAgent(t, 'admin', 'senior');
    agent = await createTestAgent(t, 'agent', 'junior');
    shop = await createTestBrand(admin.api, 'Lumen Store', 'shopify');
    amazon = await createTestBrand(admin.api, 'Lumen Amazon EU', 'amazon');
  });
  afterAll(() => t.close());

  it('creates a ticket with its first message, customer and timeline', async () => {
    const ticket = await createTestTicket(agent.api, shop, {
      subject: 'Wo ist meine Bestellung #1042?',
      language: 'de',
      customer: { email: 'Anna.Schmidt@example.de', name: 'Anna Schmidt', country: 'DE', language: 'de', timezone: 'Europe/Berlin' },
      message: { text: 'Hallo, meine Bestellung #1042 ist noch nicht angekommen.', createdAt: '2026-11-20T08:00:00.000Z' },
      tags: ['Lamp', 'lamp', 'vip'],
    });
    // Priority is triage's: a where-is-my-order message is P2 (SPEC C2).
    expect(ticket).toMatchObject({ status: 'new', priority: 'P2', channel: 'email', language: 'de', tags: ['lamp', 'vip'], messageCount: 1 });
    expect(ticket.customer).toMatchObject({ name: 'Anna Schmidt', country: 'DE' });
    expect(ticket.firstCustomerMessageAt).toBe('2026-11-20T08:00:00.000Z');
    expect(ticket.messages).toHaveLength(1);
    expect(ticket.messages[0]).toMatchObject({ direction: 'inbound', author: { kind: 'customer', name: 'Anna Schmidt' } });
    expect(ticket.events.map((e: { type: string }) => e.type)).toEqual(['ticket.created']);

    const again = await createTestTicket(agent.api, shop, { customer: { email: 'anna.schmidt@example.de' } });
    expect(again.customer.id).toBe(ticket.customer.id);
  });

  it('is idempotent by the message external id', async () => {
    const body = {
      brandId: shop,
      channel: 'email',
      subject: 'Duplicate delivery',
      customer: { email: 'dupe@example.com' },
      message: { text: 'Same message twice', externalId: '<abc@mail.example.com>' },
    };
    const [first, second] = await Promise.all([agent.api.post('/api/tickets', body), agent.api.post('/api/tickets', body)]);
    expect([first.status, second.status].sort()).toEqual([200, 201]);
    expect(first.body.id).toBe(second.body.id);
    const list = await agent.api.get('/api/tickets?q=' + encodeURIComponent('Duplicate delivery'));
    expect(list.body.items).toHaveLength(1);
  });

  it('sanitises HTML bodies and keeps a text version', async () => {
    const ticket = await createTestTicket(agent.api, shop, {
      message: { html: '<p>Hello <b>there</b><script>alert(1)</script><img src="https://tracker.example/p.gif"><a href="javascript:alert(1)">x</a></p>' },
    });
    const html: string = ticket.messages[0].html;
    expect(html).toContain('<b>there</b>');
    expect(html).not.toMatch(/script|javascript:|tracker\.example/);
    expect(ticket.messages[0].text).toContain('Hello there');
  });

  it('updates fields and records each change with old and new value', async () => {
    const ticket = await createTestTicket(agent.api, shop);
    const res = await agent.api.patch(`/api/tickets/${ticket.id}`, { status: 'open', priority: 'P1', assigneeId: agent.id, addTags: ['chargeback'], intent: 'payment.failed' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'open', priority: 'P1', assigneeId: agent.id, tags: ['chargeback'], intent: 'payment.failed' });
    const updated = res.body.events.find((e: { type: string }) => e.type === 'ticket.updated');
    expect(updated.data.changes.priority).toEqual({ from: ticket.priority, to: 'P1' });
    expect(updated.actor).toEqual({ kind: 'api', id: agent.id });

    const solved = await agent.api.patch(`/api/tickets/${ticket.id}`, { status: 'solved' });
    expect(solved.body.solvedAt).not.toBeNull();
    const reopened = await agent.api.patch(`/api/tickets/${ticket.id}`, { status: 'open' });
    expect(reopened.body.solvedAt).toBeNull();
  });

  it('refuses to assign a ticket to an agent of another workspace or a missing team', async () => {
    const ticket = await createTestTicket(agent.api, shop);
    const res = await agent.api.patch(`/api/tickets/${ticket.id}`, { teamId: '00000000-0000-4000-8000-000000000000' });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain('Team');
  });

  it('replies to the buyer and records first response time', async () => {
    const ticket = await createTestTicket(agent.api, shop);
    const res = await agent.api.post(`/api/tickets/${ticket.id}/reply`, { text: 'Your parcel left our warehouse today.', status: 'pending' });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('pending');
    expect(res.body.firstAgentReplyAt).not.toBeNull();
    const reply = res.body.messages.at(-1);
    expect(reply).toMatchObject({ direction: 'outbound', text: 'Your parcel left our warehouse today.', author: { kind: 'agent', id: agent.id } });

    const second = await agent.api.post(`/api/tickets/${ticket.id}/reply`, { text: 'Tracking: LX123456785CN' });
    expect(second.body.firstAgentReplyAt).toBe(res.body.firstAgentReplyAt);
    expect(second.body.status).toBe('pending');
  });

  it('adds internal notes that do not count as a reply', async () => {
    const ticket = await createTestTicket(agent.api, shop);
    const res = await agent.api.post(`/api/tickets/${ticket.id}/notes`, { text: '仓库说明天补发' });
    expect(res.status).toBe(201);
    expect(res.body.messages.at(-1)).toMatchObject({ direction: 'note', text: '仓库说明天补发' });
    expect(res.body.firstAgentReplyAt).toBeNull();
    expect(res.body.status).toBe('new');
  });

  it('merges one ticket into another', async () => {
    const target = await createTestTicket(agent.api, shop, { customer: { email: 'merge@example.com' }, tags: ['a'] });
    const source = await createTestTicket(agent.api, shop, { customer: { email: 'merge@example.com' }, tags: ['b'], message: { text: 'Second e-mail about the same lamp' } });
    const res = await agent.api.post(`/api/tickets/${source.id}/merge`, { targetId: target.id });
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(target.id);
    expect(res.body.messages).toHaveLength(2);
    expect(res.body.tags).toEqual(['a', 'b']);
    expect(res.body.events.at(-1)).toMatchObject({ type: 'ticket.merged', data: { sourceId: source.id, messagesMoved: 1 } });
    const closed = await agent.api.get(`/api/tickets/${source.id}`);
    expect(closed.body).toMatchObject({ status: 'closed', mergedIntoId: target.id, messages: [] });
    expect((await agent.api.post(`/api/tickets/${source.id}/reply`, { text: 'hi' })).status).toBe(422);
    const found = await agent.api.get('/api/tickets?q=' + encodeURIComponent('same lamp'));
    expect(found.body.items.map((i: { id: number }) => i.id)).toEqual([target.id]);
    expect((await agent.api.post(`/api/tickets/${target.id}/merge`, { targetId: target.id })).status).toBe(422);
  });

  it('filters the list by status, priority, assignee, brand, intent, language and tag', async () => {
    const mk = (o: Record<string, unknown>) => createTestTicket(agent.api, amazon, o);
    const a = await mk({ priority: 'P1', intent: 'shipping.track', language: 'ja', tags: ['filter-test'] });
    const b = await mk({ priority: 'P2', intent: 'item.damaged', language: 'fr', tags: ['filter-test'], assigneeId: agent.id });
    const c = await mk({ priority: 'P2', intent: 'shipping.track', language: 'fr', tags: ['filter-test'], status: 'pending' });
    const ids = async (query: string) => (await agent.api.get(`/api/tickets?tag=filter-test&${query}`)).body.items.map((i: { id: number }) => i.id).sort();
    expect(await ids('')).toEqual([a.id, b.id, c.id].sort());
    expect(await ids('priority=P2')).toEqual([b.id, c.id].sort());
    expect(await ids('status=pending')).toEqual([c.id]);
    expect(await ids('status=new,pending&language=fr')).toEqual([b.id, c.id].sort());
    expect(await ids('assignee=me')).toEqual([b.id]);
    expect(await ids('assignee=none')).toEqual([a.id, c.id].sort());
    expect(await ids('intent=shipping.track')).toEqual([a.id, c.id].sort());
    expect(await ids(`brandId=${shop}`)).toEqual([]);
    expect(await ids(`brandId=${amazon}&language=ja`)).toEqual([a.id]);
  });

  it('finds words in Chinese, Japanese, Korean, Thai and space-separated languages', async () => {
    const texts: Record<string, string> = {
      zh: '我的订单还没有收到，物流一直没有更新',
      ja: '荷物がまだ届いていません。追跡番号を教えてください',
      ko: '주문한 상품이 아직 안 왔어요',
      th: 'สินค้ายังไม่มาถึงครับ ช่วยตรวจสอบให้หน่อย',
      de: 'Die Lieferung ist beschädigt angekommen',
      ar: 'لم يصل طلبي حتى الآن',
    };
    const ids: Record<string, number> = {};
    for (const [lang, text] of Object.entries(texts)) ids[lang] = (await createTestTicket(agent.api, shop, { language: lang, message: { text } })).id;
    const search = async (q: string) => (await agent.api.get('/api/tickets?q=' + encodeURIComponent(q))).body.items.map((i: { id: number }) => i.id);
    expect(await search('物流')).toEqual([ids.zh]);
    expect(await search('届いて')).toEqual([ids.ja]);
    expect(await search('상품')).toEqual([ids.ko]);
    expect(await search('ยังไม่มาถึง')).toEqual([ids.th]);
    expect(await search('beschädigt')).toEqual([ids.de]);
    expect(await search('liefer')).toEqual([ids.de]);
    expect(await search('طلبي')).toEqual([ids.ar]);
    expect(await search('快递')).toEqual([]);
  });

  it('pages through every ticket exactly once with cursors, for each sort', async () => {
    for (let i = 0; i < 12; i++) await createTestTicket(agent.api, amazon, { tags: ['paging'], priority: `P${(i % 4) + 1}` });
    for (const sort of ['-updated_at', 'updated_at', '-created_at', 'created_at', 'priority']) {
      const seen: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res: { body: { items: { id: number }[]; nextCursor: string | null } } = await agent.api.get(
          `/api/tickets?tag=paging&limit=5&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`,
        );
        seen.push(...res.body.items.map((i) => i.id));
        cursor = res.body.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      expect(seen).toHaveLength(12);
      expect(new Set(seen).size).toBe(12);
    }
    const first = await agent.api.get('/api/tickets?tag=paging&limit=5&sort=created_at');
    const wrongSort = await agent.api.get(`/api/tickets?tag=paging&limit=5&sort=priority&cursor=${first.body.nextCursor}`);
    expect(wrongSort.status).toBe(400);
    expect(wrongSort.body.error.code).toBe('invalid_cursor');
  });

  it('hides tickets of brands an agent may not see', async () => {
    const shopOnly = await createTestAgent(t, 'agent', 'junior', { brandIds: [shop] });
    const hidden = await createTestTicket(agent.api, amazon, { tags: ['visibility'] });
    const visible = await createTestTicket(agent.api, shop, { tags: ['visibility'] });
    const list = await shopOnly.api.get('/api/tickets?tag=visibility');
    expect(list.body.items.map((i: { id: number }) => i.id)).toEqual([visible.id]);
    expect((await shopOnly.api.get(`/api/tickets/${hidden.id}`)).status).toBe(404);
    expect((await shopOnly.api.patch(`/api/tickets/${hidden.id}`, { status: 'open' })).status).toBe(404);
    expect((await shopOnly.api.post('/api/tickets', { brandId: amazon, channel: 'email', subject: 'x', customer: { email: 'x@example.com' }, message: { text: 'x' } })).status).toBe(404);
  });
});
