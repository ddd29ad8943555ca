import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoAutomation } from '../../src/modules/automation/automation.demo.js';
import { runScheduledRules } from '../../src/modules/automation/automation-schedule.js';
import { deliverWebhook, WEBHOOK_JOB } from '../../src/modules/automation/webhook/webhook.js';
import { verifyWebhookSignature } from '../../src/modules/automation/webhook/webhook-signature.js';
import { composeEmail, createBrandWithMailbox, deliverRaw } from '../helpers/email.js';
import { createTestAgent, createTestTicket, createTestApp, type TestAgent, type TestApp } from '../helpers/test-app.js';

const HOUR = 3_600_000;

describe('automation rules over the API', () => {
  let t: TestApp;
  let admin: TestAgent;
  let brandId: string;
  let address: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createTestAgent(t, 'admin');
    ({ brandId, address } = await createBrandWithMailbox(t));
  });
  afterAll(async () => {
    await t?.close();
  });
  // Rules are workspace-wide: each test starts without any.
  afterEach(async () => {
    for (const rule of (await admin.api.get('/api/automation/rules')).body.items) await admin.api.delete(`/api/automation/rules/${rule.id}`);
  });

  const createRule = async (body: Record<string, unknown>) => {
    const res = await admin.api.post('/api/automation/rules', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: string; name: string; actions: Record<string, unknown>[] };
  };
  const createQueue = async (name: string) => {
    const res = await admin.api.post('/api/routing/queues', { name, autoAssign: false });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  const ticketRow = (id: number) => t.runtime.db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const timeline = async (id: number) => (await admin.api.get(`/api/tickets/${id}`)).body.events as { type: string; actor: { kind: string }; data: any }[];
  const runs = async (query: string) => (await admin.api.get(`/api/automation/runs?${query}`)).body.items as any[];

  it('"asked about tracking twice" routes to the human queue and raises the priority, on the second question only', async () => {
    // New tickets go to the first queue; the rule moves the ticket on.
    const general = await createQueue('General');
    const human = await createQueue('Human follow-up');
    const rule = await createRule({
      name: 'Asked about tracking twice',
      trigger: 'customer.replied',
      conditions: { field: 'count.buyerMessagesWithIntent.shipping.track', op: 'gte', value: 2 },
      actions: [{ type: 'route', queueId: human }, { type: 'set_priority', value: 'up' }],
    });
    const first = await deliverRaw(
      t,
      brandId,
      await composeEmail({ from: 'ella@example.com', to: address, subject: 'Where is my order?', text: 'Hi, where is my package? Can you send me the tracking number for order 1043?', messageId: '<track-1@example.com>' }),
    );
    const ticketId = Number(first.ticket_id);
    const before = await ticketRow(ticketId);
    expect(before.queue_id).toBe(general);

    await deliverRaw(
      t,
      brandId,
      await composeEmail({ from: 'ella@example.com', to: address, subject: 'Re: Where is my order?', inReplyTo: '<track-1@example.com>', references: ['<track-1@example.com>'], text: 'Hello again, the tracking still shows nothing. Where is my parcel? Please send the tracking link.', messageId: '<track-2@example.com>' }),
    );
    const intents = await t.runtime.db.selectFrom('messages').select('triage').where('ticket_id', '=', ticketId).where('direction', '=', 'inbound').execute();
    expect(intents.map((m) => (m.triage as { intent?: string } | null)?.intent)).toEqual(['shipping.track', 'shipping.track']);

    const after = await ticketRow(ticketId);
    expect(after.queue_id).toBe(human);
    const order = ['P1', 'P2', 'P3', 'P4'];
    expect(order.indexOf(after.priority)).toBe(Math.max(0, order.indexOf(before.priority) - 1));
    const applied = (await timeline(ticketId)).filter((e) => e.type === 'automation.applied');
    expect(applied).toHaveLength(1);
    expect(applied[0]!.data).toMatchObject({ ruleId: rule.id, ruleName: 'Asked about tracking twice', depth: 0 });
    const [run] = await runs(`ruleId=${rule.id}`);
    expect(run).toMatchObject({ ticketId, trigger: 'customer.replied', matched: true, error: null });
    expect(run.actions.map((a: { type: string; status: string }) => `${a.type}:${a.status}`)).toEqual(['route:ok', 'set_priority:ok']);
  });

  it('"Amazon message" pins the Amazon SLA policy; other tickets keep theirs', async () => {
    const policy = await admin.api.post('/api/sla/policies', {
      name: 'Amazon 24 h',
      kind: 'contract',
      conditions: { marketplaces: ['amazon'] },
      targets: { firstResponse: { seconds: 86_400, businessTime: false }, nextResponse: { seconds: 86_400, businessTime: false }, resolution: null },
    });
    expect(policy.status, JSON.stringify(policy.body)).toBe(201);
    await createRule({
      name: 'Amazon message → Amazon SLA',
      trigger: 'ticket.created',
      conditions: { field: 'marketplace', op: 'eq', value: 'amazon' },
      actions: [{ type: 'set_sla_policy', policyId: policy.body.id }],
    });
    const amazon = await createTestTicket(admin.api, brandId, { channel: 'marketplace', marketplace: 'amazon', customer: { marketplaceAlias: 'amz-buyer-1', name: 'Amazon buyer' } });
    const shop = await createTestTicket(admin.api, brandId);
    expect((await ticketRow(amazon.id)).sla_policy_id).toBe(policy.body.id);
    expect((await ticketRow(shop.id)).sla_policy_id).toBeNull();
    const updated = (await timeline(amazon.id)).find((e) => e.type === 'ticket.updated');
    expect(updated).toMatchObject({ actor: { kind: 'system' }, data: { changes: { slaPolicyId: { from: null, to: policy.body.id } } } });
  });

  it('"mentions chargeback" makes the ticket P1 in the senior queue', async () => {
    const senior = await createQueue('Senior');
    await createRule({
      name: 'Chargeback → P1 + senior queue',
      trigger: 'ticket.created',
      conditions: { any: [{ field: 'risk', op: 'contains', value: 'chargeback' }, { field: 'message.text', op: 'matches', value: ['chargeback'] }] },
      actions: [{ type: 'set_priority', value: 'P1' }, { type: 'route', queueId: senior }],
    });
    const ticket = await createTestTicket(admin.api, brandId, { subject: 'Refund now', message: { text: 'I was charged twice. If I do not get my refund today I will file a chargeback with my bank.' } });
    const calm = await createTestTicket(admin.api, brandId, { subject: 'Colour', message: { text: 'Does the lamp come in blue?' } });
    const row = await ticketRow(ticket.id);
    expect(row.risk).toContain('chargeback');
    expect(row.priority).toBe('P1');
    expect(row.queue_id).toBe(senior);
    expect((await ticketRow(calm.id)).queue_id).not.toBe(senior);
  });

  it('"pending 3 days → reminder; 7 days → solved with a notice", once per pending spell', async () => {
    for (const [key, name, body] of [
      ['custom.pending-reminder', 'Pending reminder', 'We are still waiting for your answer about your request. Just reply to this message and we will continue right away.'],
      ['custom.pending-closed', 'Pending closed', 'As we have not heard back from you, we have closed this request for now. Reply any time and it opens again.'],
    ] as const) {
      const res = await admin.api.post('/api/templates', { key, name, sourceLanguage: 'en', subject: 'Your request', body });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const reminder = await createRule({
      name: 'Pending 3 days → reminder',
      trigger: 'schedule',
      conditions: { all: [{ field: 'status', op: 'eq', value: 'pending' }, { field: 'hoursInStatus', op: 'gte', value: 72 }, { field: 'hoursInStatus', op: 'lt', value: 168 }] },
      actions: [{ type: 'send_template', templateKey: 'custom.pending-reminder' }],
    });
    const close = await createRule({
      name: 'Pending 7 days → solved with a notice',
      trigger: 'schedule',
      conditions: { all: [{ field: 'status', op: 'eq', value: 'pending' }, { field: 'hoursInStatus', op: 'gte', value: 168 }] },
      actions: [{ type: 'send_template', templateKey: 'custom.pending-closed' }, { type: 'set_status', value: 'solved' }],
    });
    const ticket = await createTestTicket(admin.api, brandId, { message: { text: 'Hello, I have a question about my order, can you help me please?' } });
    const waiting = await createTestTicket(admin.api, brandId);
    expect((await admin.api.patch(`/api/tickets/${ticket.id}`, { status: 'pending' })).status).toBe(200);
    const start = Date.now();
    const outbound = async () => (await t.runtime.db.selectFrom('messages').select(['body_text']).where('ticket_id', '=', ticket.id).where('direction', '=', 'outbound').orderBy('id').execute()).map((m) => m.body_text);

    await runScheduledRules(t.runtime.db, new Date(start + 10 * HOUR));
    expect(await outbound()).toEqual([]);

    await runScheduledRules(t.runtime.db, new Date(start + 73 * HOUR));
    await runScheduledRules(t.runtime.db, new Date(start + 100 * HOUR));
    expect(await outbound()).toHaveLength(1);
    expect((await outbound())[0]).toContain('still waiting for your answer');
    expect((await ticketRow(ticket.id)).status).toBe('pending');
    expect(await runs(`ruleId=${reminder.id}`)).toHaveLength(1);

    await runScheduledRules(t.runtime.db, new Date(start + 169 * HOUR));
    expect((await outbound())[1]).toContain('closed this request');
    expect((await ticketRow(ticket.id)).status).toBe('solved');
    const [closeRun] = await runs(`ruleId=${close.id}`);
    expect(closeRun).toMatchObject({ ticketId: ticket.id, trigger: 'schedule', error: null });
    expect(closeRun.actions.map((a: { status: string }) => a.status)).toEqual(['ok', 'ok']);
    // The ticket that never went pending was left alone.
    expect((await ticketRow(waiting.id)).status).toBe('new');

    // A new pending spell is a new reminder.
    await admin.api.patch(`/api/tickets/${ticket.id}`, { status: 'pending' });
    await runScheduledRules(t.runtime.db, new Date(Date.now() + 73 * HOUR));
    expect(await runs(`ruleId=${reminder.id}`)).toHaveLength(2);
  });

  it('a rule\'s own change never re-triggers it, and two rules cannot ping-pong', async () => {
    const self = await createRule({ name: 'Touch on every update', trigger: 'ticket.updated', conditions: { field: 'changed.tags', op: 'exists' }, actions: [{ type: 'add_tags', tags: ['touched'] }] });
    const ticket = await createTestTicket(admin.api, brandId);
    await admin.api.patch(`/api/tickets/${ticket.id}`, { addTags: ['first'] });
    expect((await ticketRow(ticket.id)).tags).toEqual(['first', 'touched']);
    expect(await runs(`ruleId=${self.id}`)).toHaveLength(1);
    await admin.api.delete(`/api/automation/rules/${self.id}`);

    const ping = await createRule({ name: 'Ping', trigger: 'ticket.updated', conditions: { field: 'changed.priority', op: 'eq', value: 'P1' }, actions: [{ type: 'set_priority', value: 'P2' }] });
    const pong = await createRule({ name: 'Pong', trigger: 'ticket.updated', conditions: { field: 'changed.priority', op: 'eq', value: 'P2' }, actions: [{ type: 'set_priority', value: 'P1' }] });
    expect((await admin.api.patch(`/api/tickets/${ticket.id}`, { priority: 'P1' })).status).toBe(200);
    expect((await ticketRow(ticket.id)).priority).toBe('P1');
    const pingRuns = await runs(`ruleId=${ping.id}`);
    const pongRuns = await runs(`ruleId=${pong.id}`);
    expect(pingRuns.map((r) => r.depth)).toEqual([0]);
    expect(pongRuns.map((r) => r.depth)).toEqual([1]);
    const applied = (await timeline(ticket.id)).filter((e) => e.type === 'automation.applied').map((e) => `${e.data.ruleName}@${e.data.depth}`);
    expect(applied.slice(-2)).toEqual(['Ping@0', 'Pong@1']);
  });

  it('stops a chain of rules at depth 3 and says so on the last run', async () => {
    const chain = ['b', 'c', 'd', 'e', 'f'];
    const rules = [];
    for (const [i, tag] of chain.entries()) {
      const previous = i === 0 ? 'a' : chain[i - 1]!;
      rules.push(await createRule({ name: `${previous} → ${tag}`, trigger: 'ticket.updated', conditions: { field: 'changed.tags', op: 'contains', value: previous }, actions: [{ type: 'add_tags', tags: [tag] }] }));
    }
    const ticket = await createTestTicket(admin.api, brandId);
    await admin.api.patch(`/api/tickets/${ticket.id}`, { addTags: ['a'] });
    // Depth 0 adds b (answering the person's change); rule changes re-fire up to depth 3: c, d, e.
    expect((await ticketRow(ticket.id)).tags).toEqual(['a', 'b', 'c', 'd', 'e']);
    const all = await runs(`ticketId=${ticket.id}`);
    expect(all.map((r) => `${r.ruleName}@${r.depth}`).reverse()).toEqual(['a → b@0', 'b → c@1', 'c → d@2', 'd → e@3']);
    expect(all[0].error).toMatch(/depth limit 3/);
  });

  it('dry-run evaluates without applying, naming the facts it read', async () => {
    const rule = await createRule({
      name: 'VIP complaint',
      trigger: 'ticket.created',
      enabled: false,
      conditions: { all: [{ field: 'channel', op: 'eq', value: 'email' }, { field: 'count.buyerMessages', op: 'gte', value: 1 }, { field: 'customer.email', op: 'contains', value: '@example.com' }] },
      actions: [{ type: 'add_tags', tags: ['vip'] }],
    });
    const ticket = await createTestTicket(admin.api, brandId);
    expect((await ticketRow(ticket.id)).tags).toEqual([]);
    const res = await admin.api.post(`/api/automation/rules/${rule.id}/dry-run`, { ticketId: ticket.id });
    expect(res.status).toBe(200);
    expect(res.body.matched).toBe(true);
    expect(res.body.facts).toMatchObject({ channel: 'email', 'count.buyerMessages': 1 });
    expect(res.body.facts['customer.email']).toMatch(/@example\.com$/);
    expect(res.body.actions).toEqual([{ type: 'add_tags', tags: ['vip'] }]);
    expect((await ticketRow(ticket.id)).tags).toEqual([]);
    expect(await runs(`ruleId=${rule.id}`)).toEqual([]);
    expect((await admin.api.post(`/api/automation/rules/${rule.id}/dry-run`, { ticketId: 999999 })).status).toBe(404);
  });

  it('rules run in order, can be reordered and toggled; leads read, only admins write', async () => {
    const lead = await createTestAgent(t, 'lead');
    const first = await createRule({ name: 'First', trigger: 'ticket.created', actions: [{ type: 'set_priority', value: 'P2' }] });
    const second = await createRule({ name: 'Second', trigger: 'ticket.created', conditions: { field: 'priority', op: 'eq', value: 'P2' }, actions: [{ type: 'add_tags', tags: ['saw-p2'] }] });
    const a = await createTestTicket(admin.api, brandId, { priority: 'P4' });
    // The second rule sees what the first did.
    expect((await ticketRow(a.id)).tags).toEqual(['saw-p2']);

    const reordered = await admin.api.post('/api/automation/rules/reorder', { ids: [second.id, first.id] });
    expect(reordered.body.items.map((r: { name: string }) => r.name)).toEqual(['Second', 'First']);
    const b = await createTestTicket(admin.api, brandId, { priority: 'P4' });
    expect((await ticketRow(b.id)).tags).toEqual([]);

    await admin.api.patch(`/api/automation/rules/${first.id}`, { enabled: false });
    const c = await createTestTicket(admin.api, brandId, { priority: 'P4' });
    expect((await ticketRow(c.id)).priority).toBe('P4');

    const list = await lead.api.get('/api/automation/rules');
    expect(list.status).toBe(200);
    expect(list.body.items.find((r: { id: string }) => r.id === first.id)).toMatchObject({ enabled: false, runCount: 2, lastRun: { ticketId: b.id } });
    expect((await lead.api.get('/api/automation/runs?limit=5')).status).toBe(200);
    expect((await lead.api.post('/api/automation/rules', { name: 'x', trigger: 'ticket.created', actions: [{ type: 'add_tags', tags: ['x'] }] })).status).toBe(403);
    const agent = await createTestAgent(t, 'agent');
    expect((await agent.api.get('/api/automation/runs')).status).toBe(403);
  });

  it('refuses bad rules with the path of the mistake', async () => {
    const base = { name: 'Bad', trigger: 'ticket.created', actions: [{ type: 'add_tags', tags: ['x'] }] };
    const field = await admin.api.post('/api/automation/rules', { ...base, conditions: { all: [{ field: 'status', op: 'eq', value: 'open' }, { field: 'colour', op: 'eq', value: 'red' }] } });
    expect(field.status).toBe(400);
    expect(field.body.error.message).toContain('body.conditions.all.1.field: unknown field "colour"');
    const op = await admin.api.post('/api/automation/rules', { ...base, conditions: { field: 'status', op: 'like', value: 'open' } });
    expect(op.status).toBe(400);
    expect(op.body.error.message).toContain('body.conditions.op');
    const action = await admin.api.post('/api/automation/rules', { ...base, actions: [{ type: 'add_tags', tags: ['x'] }, { type: 'launch_rocket' }] });
    expect(action.status).toBe(400);
    expect(action.body.error.message).toContain('body.actions.1.type: unknown action type "launch_rocket"');
    const trigger = await admin.api.post('/api/automation/rules', { ...base, trigger: 'ticket.deleted' });
    expect(trigger.status).toBe(400);
    expect(trigger.body.error.message).toContain('body.trigger');
    const priority = await admin.api.post('/api/automation/rules', { ...base, actions: [{ type: 'set_priority', value: 'P0' }] });
    expect(priority.body.error.message).toContain('body.actions.0.value');

    const stranger = await admin.api.post('/api/automation/rules', { ...base, actions: [{ type: 'assign', agentId: '00000000-0000-4000-8000-000000000000' }] });
    expect(stranger.status).toBe(422);
    expect(stranger.body.error.message).toContain('actions.0.agentId');
    const template = await admin.api.post('/api/automation/rules', { ...base, actions: [{ type: 'send_template', templateKey: 'no.such.template' }] });
    expect(template.status).toBe(422);
    expect(template.body.error.message).toContain('actions.0.templateKey');
    const unsigned = await admin.api.post('/api/automation/rules', { ...base, actions: [{ type: 'webhook', url: 'https://example.com/hook' }] });
    expect(unsigned.status).toBe(422);
    expect(unsigned.body.error.message).toContain('actions.0.secret');
    const notUrl = await admin.api.post('/api/automation/rules', { ...base, actions: [{ type: 'webhook', url: 'ftp://example.com', secret: 'long-enough-secret' }] });
    expect(notUrl.status).toBe(400);
    expect((await admin.api.get('/api/automation/rules')).body.items).toEqual([]);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = await admin.api.get('/api/openapi.json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/automation/rules', '/api/automation/rules/{id}', '/api/automation/rules/{id}/dry-run', '/api/automation/runs']));
  });

  it('an action that fails is logged in the run and the others still apply', async () => {
    const gone = await createTestAgent(t, 'agent');
    const rule = await createRule({ name: 'Assign and tag', trigger: 'ticket.created', actions: [{ type: 'assign', agentId: gone.id }, { type: 'add_tags', tags: ['handled'] }] });
    await t.runtime.db.updateTable('agents').set({ active: false }).where('id', '=', gone.id).execute();
    const ticket = await createTestTicket(admin.api, brandId);
    const row = await ticketRow(ticket.id);
    expect(row.assignee_id).toBeNull();
    expect(row.tags).toEqual(['handled']);
    const [run] = await runs(`ruleId=${rule.id}`);
    expect(run.actions.map((a: { status: string }) => a.status)).toEqual(['error', 'ok']);
    expect(run.error).toMatch(/1 of 2 actions failed: assign: .*not an active agent/);
  });

  it('seeds the four example rules for the demo, once, switched on where their queue and policy exist', async () => {
    await createQueue('Human demo');
    await createQueue('Senior demo');
    const policy = await admin.api.post('/api/sla/policies', { name: 'Amazon demo', kind: 'contract', conditions: { marketplaces: ['amazon'] }, targets: { firstResponse: { seconds: 86_400, businessTime: false }, nextResponse: null, resolution: null } });
    expect(policy.status, JSON.stringify(policy.body)).toBe(201);
    await seedDemoAutomation(t.runtime.db, t.workspaceId);
    await seedDemoAutomation(t.runtime.db, t.workspaceId);
    const { items } = (await admin.api.get('/api/automation/rules')).body as { items: { name: string; enabled: boolean; trigger: string }[] };
    expect(items.map((r) => [r.trigger, r.enabled])).toEqual([
      ['customer.replied', true],
      ['ticket.created', true],
      ['ticket.created', true],
      ['schedule', true],
      ['schedule', true],
    ]);
  });

  describe('webhooks', () => {
    let server: Server;
    let url: string;
    const received: { headers: IncomingMessage['headers']; body: string }[] = [];
    let answer = 200;

    beforeAll(async () => {
      server = createServer((req, res) => {
        let body = '';
        req.on('data', (chunk) => (body += chunk));
        req.on('end', () => {
          received.push({ headers: req.headers, body });
          res.writeHead(answer).end();
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const addressInfo = server.address();
      url = `http://127.0.0.1:${typeof addressInfo === 'object' && addressInfo ? addressInfo.port : 0}/hooks/meridian`;
    });
    afterAll(async () => {
      await new Promise((resolve) => server.close(resolve));
    });

    it('calls the URL with a body signed by the rule\'s secret, which the API never shows', async () => {
      const secret = 'whsec-test-0123456789';
      const rule = await createRule({ name: 'Tell the ERP', trigger: 'ticket.created', actions: [{ type: 'webhook', url, secret }] });
      expect(rule.actions[0]).toEqual({ type: 'webhook', url, secret: '••••', hasSecret: true });
      // Saving the rule back as the API showed it keeps the secret.
      const renamed = await admin.api.patch(`/api/automation/rules/${rule.id}`, { name: 'Tell the ERP (renamed)', actions: rule.actions.map(({ hasSecret: _h, ...a }) => a) });
      expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
      expect(JSON.stringify(renamed.body)).not.toContain(secret);

      const ticket = await createTestTicket(admin.api, brandId, { subject: 'Webhook me' });
      const jobs = await t.runtime.db.selectFrom('jobs').select(['id', 'payload']).where('name', '=', WEBHOOK_JOB).execute();
      expect(jobs).toHaveLength(1);
      expect(JSON.stringify(jobs[0]!.payload)).not.toContain(secret);
      expect(await deliverWebhook(t.runtime.db, jobs[0]!.payload as Record<string, unknown>)).toEqual({ status: 200 });

      expect(received).toHaveLength(1);
      const [call] = received;
      const headers = { timestamp: call!.headers['x-meridian-timestamp'] as string, signature: call!.headers['x-meridian-signature'] as string };
      expect(call!.headers['x-meridian-event']).toBe('ticket.created');
      expect(headers.signature).toMatch(/^sha256=[0-9a-f]{64}$/);
      expect(verifyWebhookSignature(secret, headers, call!.body)).toBe(true);
      expect(verifyWebhookSignature('another-secret', headers, call!.body)).toBe(false);
      expect(verifyWebhookSignature(secret, headers, call!.body.replace('Webhook me', 'Webhook you'))).toBe(false);
      expect(verifyWebhookSignature(secret, headers, call!.body, { now: new Date(Date.now() + 3_600_000) })).toBe(false);
      const body = JSON.parse(call!.body);
      expect(body).toMatchObject({ event: 'ticket.created', rule: { id: rule.id, name: 'Tell the ERP (renamed)' }, ticket: { id: ticket.id, subject: 'Webhook me', status: 'new' } });

      // A receiver that fails makes the job fail, so the queue retries it.
      answer = 503;
      await expect(deliverWebhook(t.runtime.db, jobs[0]!.payload as Record<string, unknown>)).rejects.toThrow(/answered 503/);
      answer = 200;
      // A deleted rule sends nothing more.
      await admin.api.delete(`/api/automation/rules/${rule.id}`);
      expect(await deliverWebhook(t.runtime.db, jobs[0]!.payload as Record<string, unknown>)).toEqual({ dropped: 'the rule was deleted' });
      expect(received).toHaveLength(2);
    });
  });
});
