import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activateTriageModel, activeTriageModel } from '../../src/modules/triage/active-triage.js';
import { loadCorpus } from '../../src/modules/triage/model/corpus.js';
import { buildTriageModel } from '../../src/modules/triage/model/build-model.js';
import { retrainTriageModel } from '../../src/modules/triage/retrain.js';
import { createTestAgent, createTestApp, createTestBrand, createTestTicket, type TestAgent, type TestApp } from '../helpers/test-app.js';

describe('triage of every inbound message', () => {
  let t: TestApp;
  let admin: TestAgent;
  let agent: TestAgent;
  let shop: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createTestAgent(t, 'admin', 'senior');
    agent = await createTestAgent(t, 'agent', 'junior');
    shop = await createTestBrand(admin.api, 'Lumen Store', 'shopify');
  });
  afterAll(() => t.close());

  it('classifies a new ticket before anyone sees it: language, intent, priority, entities', async () => {
    const ticket = await createTestTicket(agent.api, shop, {
      subject: 'Wo bleibt mein Paket?',
      customer: { email: 'jonas@example.de', name: 'Jonas Weber' },
      message: { text: 'Hallo, meine Bestellung #4471 ist seit drei Wochen unterwegs, die Sendungsverfolgung LX123456785CN zeigt seit dem 2. November nichts Neues. Was ist da los?' },
    });
    expect(ticket.language).toBe('de');
    expect(ticket.intent).toMatch(/^shipping\.(delay|track)$/);
    expect(ticket.intentSource).toBe('triage');
    expect(ticket.needsTriage).toBe(false);
    expect(ticket.priority).toBe('P2');
    const triage = ticket.messages[0].triage;
    expect(triage.confidence).toBeGreaterThan(0);
    expect(triage.entities.orders).toContain('#4471');
    expect(triage.entities.tracking[0]).toMatchObject({ number: 'LX123456785CN', valid: true });
    expect(triage.missing).toEqual([]);
  });

  it('raises priority for a risk and keeps the risk on the ticket', async () => {
    const ticket = await createTestTicket(agent.api, shop, {
      subject: 'Refund',
      customer: { email: 'angry@example.com' },
      message: { text: 'This is the third time I am writing. Where is my refund for order #5520?? If I do not hear back today I will open a PayPal dispute and file a chargeback with my bank.' },
    });
    expect(ticket.risk).toEqual(expect.arrayContaining(['payment_dispute', 'chargeback']));
    expect(ticket.priority).toBe('P1');
    expect(ticket.sentiment).toBeLessThan(0);
    const risky = await agent.api.get('/api/tickets?risk=any');
    expect(risky.body.items.map((i: { id: number }) => i.id)).toContain(ticket.id);
  });

  it('what the caller states wins over the classifier', async () => {
    const ticket = await createTestTicket(agent.api, shop, { intent: 'invoice', language: 'fr', priority: 'P4', message: { text: 'Where is my parcel? Tracking has not moved for a week.' } });
    expect(ticket).toMatchObject({ intent: 'invoice', language: 'fr', priority: 'P4', intentSource: 'api', needsTriage: false });
    expect(ticket.messages[0].triage.intent).toMatch(/^shipping\./);
  });

  it('does not guess: an unclear message waits in the needs-triage view until an agent decides, and the decision is kept as a lesson', async () => {
    const ticket = await createTestTicket(agent.api, shop, { subject: 'hm', message: { text: 'ok so' } });
    expect(ticket.needsTriage).toBe(true);
    expect(ticket.intent).toBeNull();
    expect(ticket.messages[0].triage.abstain).toBe(true);
    const waiting = await agent.api.get('/api/tickets?needsTriage=true');
    expect(waiting.body.items.map((i: { id: number }) => i.id)).toContain(ticket.id);

    const fixed = await agent.api.patch(`/api/tickets/${ticket.id}`, { intent: 'other' });
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({ intent: 'other', intentSource: 'agent', needsTriage: false });
    const after = await agent.api.get('/api/tickets?needsTriage=true');
    expect(after.body.items.map((i: { id: number }) => i.id)).not.toContain(ticket.id);
    const corrections = await t.runtime.db.selectFrom('triage_corrections').selectAll().where('ticket_id', '=', ticket.id).execute();
    expect(corrections).toHaveLength(1);
    expect(corrections[0]).toMatchObject({ text: 'ok so', corrected_intent: 'other', agent_id: agent.id });
  });

  it('refuses an intent outside the taxonomy', async () => {
    const ticket = await createTestTicket(agent.api, shop);
    const res = await agent.api.patch(`/api/tickets/${ticket.id}`, { intent: 'shipping.teleport' });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('shipping.teleport');
  });

  it('a follow-up with a new risk raises the ticket, the buyer\'s third unanswered message counts as repeated contact', async () => {
    const ticket = await createTestTicket(agent.api, shop, { subject: 'Question', customer: { email: 'repeat@example.com' }, message: { text: 'Hi, does the blue yoga mat come in 6 mm?' } });
    expect(ticket.priority).toBe('P3');
    const { appendInboundMessage } = await import('../../src/modules/tickets/ticket-inbound.service.js');
    const append = (text: string) =>
      t.runtime.db.transaction().execute((trx) =>
        appendInboundMessage(trx, { workspaceId: t.workspaceId, ticketId: ticket.id, authorCustomerId: ticket.customer.id, text, html: null, externalId: null, channelMeta: {}, at: new Date(), reopens: true }),
      );
    await append('Hello? Any answer about the 6 mm mat?');
    await append('Still nothing. If nobody answers I will leave a 1-star review everywhere.');
    const after = (await agent.api.get(`/api/tickets/${ticket.id}`)).body;
    expect(after.risk).toEqual(expect.arrayContaining(['bad_review_threat', 'repeated_contact']));
    expect(after.priority).toBe('P2');
    expect(after.messages.at(-1).triage.risk).toContain('bad_review_threat');
  });

  it('POST /api/triage analyses a text without storing it, with the linked order deciding where-is-it', async () => {
    const body = { text: 'where is my package?? order #1188', order: { fulfillment: 'fulfilled', trackingStatus: 'delivered' } };
    const res = await agent.api.post('/api/triage', body);
    expect(res.status).toBe(200);
    expect(res.body.intent).toBe('shipping.not_received');
    const unshipped = await agent.api.post('/api/triage', { ...body, order: { fulfillment: 'unfulfilled' } });
    expect(unshipped.body.intent).toBe('order.status');
    const bad = await agent.api.post('/api/triage', { text: 42 });
    expect(bad.status).toBe(400);
  });

  it('retrains on corrections, and switches only to a model that scores no worse', async () => {
    // Sub-corpora keep the test quick; what is tested is the rule, not the model's quality.
    const trainOn = (share: number): typeof buildTriageModel => (options) => buildTriageModel({ ...options, corpus: options.corpus.filter((_, i) => i % share === 0) });
    const weakTraining = trainOn(40);
    const full = activeTriageModel()!;

    // A candidate trained on almost nothing scores worse: the current model stays.
    const kept = await retrainTriageModel(t.runtime.db, { trigger: 'api', train: weakTraining });
    expect(kept.decision).toBe('kept_current');
    expect(kept.candidate.macroF1).toBeLessThan(kept.current.macroF1);
    expect(activeTriageModel()).toBe(full);

    // Against a weak model in use, a candidate trained on the corpus and the corrections wins.
    activateTriageModel(await weakTraining({ corpus: loadCorpus() }));
    const switched = await retrainTriageModel(t.runtime.db, { trigger: 'api', train: trainOn(4) });
    expect(switched.corrections).toBeGreaterThanOrEqual(1);
    expect(switched.decision).toBe('activated');
    expect(switched.candidate.macroF1).toBeGreaterThan(switched.current.macroF1);
    expect(activeTriageModel()!.info.corrections).toBe(switched.corrections);

    const runs = await admin.api.get('/api/triage/runs');
    expect(runs.body.items.map((r: { decision: string }) => r.decision)).toEqual(['activated', 'kept_current']);
    expect(runs.body.items[1].reason).toMatch(/worse/);
    expect(runs.body.items[0].candidate.macroF1).toBeGreaterThan(0);
    expect((await agent.api.get('/api/triage/runs')).status).toBe(403);
    // The switched model is stored, so a restarted process picks it up.
    const stored = await t.runtime.db.selectFrom('triage_models').select(['decision']).where('model', 'is not', null).execute();
    expect(stored.map((r) => r.decision)).toEqual(['activated']);
  }, 300_000);
});
