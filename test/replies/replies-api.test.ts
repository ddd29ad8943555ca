import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phrasesFor } from '../../src/modules/replies/templates/starter-library.js';
import { createTestAgent, createTestApp, createTestBrand, createTestTicket, type TestAgent, type TestApp } from '../helpers/test-app.js';

/** A German buyer whose duvet cover arrived torn: order known, no photo attached yet. */
function damagedOrderTicket(brandId: string, overrides: Record<string, unknown> = {}) {
  return {
    subject: 'Bettbezug kaputt angekommen',
    language: 'de',
    customer: { email: `anna.weber.${Math.random().toString(36).slice(2)}@example.de`, firstName: 'Anna', lastName: 'Weber', title: 'Frau Dr.', country: 'DE', language: 'de' },
    message: { text: 'Guten Tag, der Bettbezug aus meiner Bestellung ist mit einem großen Riss angekommen. Was können Sie da machen?' },
    intent: 'item.damaged',
    order: { number: '#1042', currency: 'EUR', total: 89.9, items: [{ title: 'Leinen-Bettbezug 200×220', sku: 'LDC-200', quantity: 1 }] },
    ...overrides,
  };
}

describe('replies API', () => {
  let t: TestApp;
  let admin: TestAgent;
  let agent: TestAgent;
  let lead: TestAgent;
  let shop: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createTestAgent(t, 'admin', 'senior');
    agent = await createTestAgent(t, 'agent', 'junior');
    lead = await createTestAgent(t, 'lead', 'senior');
    shop = await createTestBrand(admin.api, 'Nordlicht Home', 'shopify');
  });
  afterAll(() => t.close());

  it('loads the starter library into a new workspace: a template per intent and the service messages', async () => {
    const res = await agent.api.get('/api/templates');
    expect(res.status).toBe(200);
    const keys = res.body.items.map((i: { key: string }) => i.key);
    expect(keys).toEqual(expect.arrayContaining(['shipping.track', 'item.damaged', 'service.off_hours', 'service.payment_reminder_after_30d']));
    expect(keys).toHaveLength(37);
    const damaged = res.body.items.find((i: { key: string }) => i.key === 'item.damaged');
    expect(damaged.languages.length).toBeGreaterThanOrEqual(2);
    expect(damaged.outOfDate).toBe(0);
  });

  it('suggests the German reply: salutation from the locale pack, order filled, photos asked for, remedies within a junior limit', async () => {
    const ticket = await createTestTicket(agent.api, shop, damagedOrderTicket(shop));
    const res = await agent.api.get(`/api/tickets/${ticket.id}/suggestion`);
    expect(res.status).toBe(200);
    const s = res.body;
    expect(s).toMatchObject({ templateKey: 'item.damaged', language: 'de', direction: 'ltr', unresolved: [] });
    expect(s.text.split('\n')[0]).toMatch(/^Sehr geehrte Frau Dr\. Weber/);
    expect(s.asks).toEqual(['photos']);
    expect(s.text).toContain(phrasesFor('de').asks.photos!);
    expect(s.text).not.toContain(phrasesFor('de').asks.order_number!);
    // 89.90 EUR is above a junior's 50 USD: a free resend is a lead's decision, a 30% refund is not.
    expect(s.options.map((o: { key: string }) => o.key)).toEqual(['partial_refund', 'coupon']);
    expect(s.options[0]).toMatchObject({ amount: 26.97, currency: 'EUR', selected: true });
    expect(s.text).toContain(s.options[0].label);
    expect(s.text).not.toMatch(/\{\{|\}\}/);

    const couponOnly = await agent.api.get(`/api/tickets/${ticket.id}/suggestion?options=coupon`);
    expect(couponOnly.body.text).toContain(couponOnly.body.options[1].label);
    expect(couponOnly.body.text).not.toContain(couponOnly.body.options[0].label);
    expect(couponOnly.body.options.map((o: { selected: boolean }) => o.selected)).toEqual([false, true]);
  });

  it('suggests an Amazon reply the marketplace rules allow: no voucher for a next purchase', async () => {
    const amazon = await createTestBrand(admin.api, 'Nordlicht Amazon EU', 'amazon');
    const ticket = await createTestTicket(agent.api, amazon, damagedOrderTicket(amazon, { channel: 'marketplace', marketplace: 'amazon' }));
    const s = (await agent.api.get(`/api/tickets/${ticket.id}/suggestion`)).body;
    expect(s.options.map((o: { key: string }) => o.key)).not.toContain('coupon');
    expect(s.findings.filter((f: { severity: string }) => f.severity === 'block')).toEqual([]);
    const sent = await agent.api.post(`/api/tickets/${ticket.id}/reply`, { text: s.text, templateId: s.templateId, variantId: s.variantId, language: s.language });
    expect(sent.status).toBe(201);
    const link = await agent.api.post(`/api/tickets/${ticket.id}/reply/check`, { text: 'Mehr Angebote finden Sie auf https://nordlicht.example/sale' });
    expect(link.body.findings.some((f: { rule: string }) => f.rule.startsWith('marketplace.'))).toBe(true);
  });

  it('asks for exactly what is missing: the order number when nobody gave it, nothing once it is known', async () => {
    const unknown = await createTestTicket(agent.api, shop, {
      subject: 'Where is my parcel?',
      language: 'en',
      intent: 'shipping.track',
      customer: { email: 'jo@example.com', firstName: 'Jo', lastName: 'Miller', country: 'US', language: 'en' },
      message: { text: 'Hi, I ordered last week and nothing arrived yet, where is it?' },
    });
    const asked = await agent.api.get(`/api/tickets/${unknown.id}/suggestion`);
    expect(asked.body.asks).toContain('order_number');
    expect(asked.body.text).toContain(phrasesFor('en').asks.order_number!);

    const known = await createTestTicket(agent.api, shop, {
      subject: 'Where is my parcel?',
      language: 'en',
      intent: 'shipping.track',
      customer: { email: 'kim@example.com', firstName: 'Kim', lastName: 'Lee', country: 'US', language: 'en' },
      message: { text: 'Hi, where is my order #1077?' },
      order: { number: '#1077', tracking: { number: '1Z999AA10123456784', carrier: 'UPS', url: 'https://www.ups.com/track?tracknum=1Z999AA10123456784', status: 'in_transit' } },
    });
    const filled = await agent.api.get(`/api/tickets/${known.id}/suggestion`);
    expect(filled.body.asks).toEqual([]);
    expect(filled.body.text).toContain('1Z999AA10123456784');
    expect(filled.body.unresolved).toEqual([]);
  });

  it('picks another template on request and leaves data it does not have visibly open', async () => {
    const created = await lead.api.post('/api/templates', {
      key: 'custom.tracking-link',
      name: 'Tracking link',
      sourceLanguage: 'de',
      subject: 'Ihre Sendung',
      body: 'Ihre Sendungsnummer lautet {{ tracking.number }}.\n\n{{ asks }}\n',
    });
    expect(created.status).toBe(201);
    const ticket = await createTestTicket(agent.api, shop, damagedOrderTicket(shop));
    const res = await agent.api.get(`/api/tickets/${ticket.id}/suggestion?templateKey=custom.tracking-link`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ templateKey: 'custom.tracking-link', language: 'de', unresolved: ['tracking.number'] });
    expect(res.body.text).toContain('{{tracking.number}}');
    const blocked = await agent.api.post(`/api/tickets/${ticket.id}/reply`, { text: res.body.text });
    expect(blocked.status).toBe(422);
    expect(blocked.body.error.details.holes.map((h: { text: string }) => h.text)).toContain('{{tracking.number}}');
    const duplicate = await lead.api.post('/api/templates', { key: 'custom.tracking-link', name: 'x', sourceLanguage: 'de', subject: 'x', body: 'y' });
    expect(duplicate.status).toBe(409);
    const missing = await agent.api.get(`/api/tickets/${ticket.id}/suggestion?templateKey=no.such.template`);
    expect(missing.status).toBe(404);
  });

  it('refuses to send a reply with a hole in it, naming each hole', async () => {
    const ticket = await createTestTicket(agent.api, shop, damagedOrderTicket(shop));
    for (const text of ['Your order [Order Number] ships today.', 'Hallo {{customer.first_name}}, danke!', 'Dear <name>, thanks.', 'Tracking: XXX']) {
      const res = await agent.api.post(`/api/tickets/${ticket.id}/reply`, { text });
      expect(res.status, text).toBe(422);
      expect(res.body.error.details.holes.length, text).toBeGreaterThan(0);
    }
    const check = await agent.api.post(`/api/tickets/${ticket.id}/reply/check`, { text: 'Your order [Order Number] ships today.' });
    expect(check.body.holes[0]).toMatchObject({ text: '[Order Number]' });
    const fine = await agent.api.post(`/api/tickets/${ticket.id}/reply`, { text: 'Ihre Bestellung #1042 geht heute noch raus.' });
    expect(fine.status).toBe(201);
  });

  it('blocks a forbidden reply until a lead overrides it, and audits the override', async () => {
    const ticket = await createTestTicket(agent.api, shop, damagedOrderTicket(shop));
    const text = 'Zahlen Sie einfach mit der Karte 4111 1111 1111 1111, dann ist alles erledigt.';
    const blocked = await agent.api.post(`/api/tickets/${ticket.id}/reply`, { text });
    expect(blocked.status).toBe(422);
    expect(blocked.body.error.details.findings.some((f: { severity: string }) => f.severity === 'block')).toBe(true);
    const byAgent = await agent.api.post(`/api/tickets/${ticket.id}/reply`, { text, override: { reason: 'the buyer asked for it' } });
    expect(byAgent.status).toBe(403);
    const byLead = await lead.api.post(`/api/tickets/${ticket.id}/reply`, { text, override: { reason: 'test card number the buyer sent us' } });
    expect(byLead.status).toBe(201);
    const audit = await admin.api.get('/api/audit');
    const entry = audit.body.items.find((e: { action: string }) => e.action === 'reply.guard_overridden');
    expect(entry).toBeTruthy();
    expect(entry.data.reason).toBe('test card number the buyer sent us');
  });

  it('flags compensation above the sender’s limit in the agent’s original as well as the translation', async () => {
    const ticket = await createTestTicket(agent.api, shop, damagedOrderTicket(shop));
    const res = await agent.api.post(`/api/tickets/${ticket.id}/reply/check`, {
      text: 'Wir erstatten Ihnen 80,00 € zurück.',
      language: 'de',
      original: { text: 'We will refund you €80.00.', language: 'en' },
    });
    expect(res.status).toBe(200);
    expect(res.body.blocking).toBe(true);
    const languages = new Set(res.body.findings.map((f: { language: string }) => f.language));
    expect(languages.has('de') || languages.has('en')).toBe(true);
  });

  it('marks translations out of date when the source changes, until reviewed; keeps every version', async () => {
    const list = await lead.api.get('/api/templates?kind=intent');
    const summary = list.body.items.find((i: { key: string }) => i.key === 'shipping.delay');
    const template = (await lead.api.get(`/api/templates/${summary.id}`)).body;
    const en = template.variants.find((v: { language: string }) => v.language === 'en');
    const other = template.variants.find((v: { language: string }) => v.language !== 'en');

    const bad = await lead.api.request('PUT', `/api/templates/${template.id}/variants`, { language: 'en', subject: en.subject, body: '{% if order.number %}never closed' });
    expect(bad.status).toBe(422);

    const saved = await lead.api.request('PUT', `/api/templates/${template.id}/variants`, { language: 'en', subject: en.subject, body: en.body + '\nWe are sorry for the wait.\n' });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(2);
    const after = (await lead.api.get(`/api/templates/${template.id}`)).body;
    expect(after.variants.find((v: { id: string }) => v.id === other.id).outOfDate).toBe(true);
    expect((await lead.api.get('/api/templates?outOfDate=true')).body.items.map((i: { id: string }) => i.id)).toContain(template.id);

    const reviewed = await lead.api.post(`/api/templates/variants/${other.id}/review`);
    expect(reviewed.body).toMatchObject({ outOfDate: false, reviewedSourceVersion: 2 });
    // Saving the source unchanged (say, to change its traffic share) is not a new text to review.
    const same = await lead.api.request('PUT', `/api/templates/${template.id}/variants`, { language: 'en', subject: en.subject, body: en.body + '\nWe are sorry for the wait.\n', trafficShare: 100 });
    expect(same.body.version).toBe(2);
    expect((await lead.api.get(`/api/templates/${template.id}`)).body.variants.find((v: { id: string }) => v.id === other.id).outOfDate).toBe(false);
    const versions = await lead.api.get(`/api/templates/variants/${en.id}/versions`);
    expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([2, 1]);

    const byAgent = await agent.api.request('PUT', `/api/templates/${template.id}/variants`, { language: 'en', subject: 'x', body: 'y' });
    expect(byAgent.status).toBe(403);
  });

  it('runs an A/B test: deterministic variant per ticket, outcomes per variant', async () => {
    const list = await lead.api.get('/api/templates');
    const summary = list.body.items.find((i: { key: string }) => i.key === 'item.damaged');
    const template = (await lead.api.get(`/api/templates/${summary.id}`)).body;
    const de = template.variants.find((v: { language: string }) => v.language === 'de');
    await lead.api.request('PUT', `/api/templates/${template.id}/variants`, { language: 'de', variant: 'A', trafficShare: 50, subject: de.subject, body: de.body });
    const b = await lead.api.request('PUT', `/api/templates/${template.id}/variants`, { language: 'de', variant: 'B', trafficShare: 50, subject: de.subject, body: 'Das tut uns leid.\n\n{{ asks }}\n' });
    expect(b.status).toBe(200);

    const usesBefore = (await agent.api.get(`/api/templates/${template.id}/experiment?language=de`)).body.variants.reduce((n: number, v: { uses: number }) => n + v.uses, 0);
    const seen = new Set<string>();
    // Assignment hashes template and ticket: eight tickets all land on one side once in 128
    // workspaces (the template id is random), so go on until both have been seen.
    let sentCount = 0;
    for (let i = 0; i < 40 && (i < 8 || seen.size < 2); i++) {
      const ticket = await createTestTicket(agent.api, shop, damagedOrderTicket(shop));
      const first = (await agent.api.get(`/api/tickets/${ticket.id}/suggestion`)).body;
      const again = (await agent.api.get(`/api/tickets/${ticket.id}/suggestion`)).body;
      expect(again.variant).toBe(first.variant);
      seen.add(first.variant);
      const sent = await agent.api.post(`/api/tickets/${ticket.id}/reply`, {
        text: first.text,
        templateId: first.templateId,
        variantId: first.variantId,
        language: first.language,
        status: i % 2 ? 'solved' : undefined,
      });
      expect(sent.status).toBe(201);
      sentCount++;
    }
    expect(seen).toEqual(new Set(['A', 'B']));
    const results = await agent.api.get(`/api/templates/${template.id}/experiment?language=de`);
    expect(results.status).toBe(200);
    expect(results.body.variants.reduce((n: number, v: { uses: number }) => n + v.uses, 0)).toBe(usesBefore + sentCount);
    expect(results.body.comparison.verdict).toBe('not_enough_data');
  });

  it("fills service messages from the brand's reply settings", async () => {
    const brand = await createTestBrand(admin.api, 'Nordlicht Outlet', 'shopify');
    const bad = await admin.api.patch(`/api/brands/${brand}`, { replySettings: { surveyUrl: 'javascript:alert(1)' } });
    expect(bad.status).toBe(400);
    const set = await admin.api.patch(`/api/brands/${brand}`, {
      replySettings: { surveyUrl: 'https://nordlicht.example/umfrage', emergencyContact: '+49 30 1234 5678', couponPercent: 15, religiousGreeting: true },
    });
    expect(set.status).toBe(200);
    expect(set.body.replySettings).toEqual({ surveyUrl: 'https://nordlicht.example/umfrage', returnUrl: null, emergencyContact: '+49 30 1234 5678', couponPercent: 15, religiousGreeting: true });
    const ticket = await createTestTicket(agent.api, brand, damagedOrderTicket(brand));
    const survey = await agent.api.get(`/api/tickets/${ticket.id}/suggestion?templateKey=service.survey_request`);
    expect(survey.body.text).toContain('https://nordlicht.example/umfrage');
    const offHours = await agent.api.get(`/api/tickets/${ticket.id}/suggestion?templateKey=service.off_hours`);
    expect(offHours.body.text).toContain('+49 30 1234 5678');
    const damaged = await agent.api.get(`/api/tickets/${ticket.id}/suggestion`);
    expect(damaged.body.options.find((o: { key: string }) => o.key === 'coupon').percent).toBe(15);
    const cleared = await admin.api.patch(`/api/brands/${brand}`, { replySettings: { surveyUrl: null } });
    expect(cleared.body.replySettings).toMatchObject({ surveyUrl: null, emergencyContact: '+49 30 1234 5678' });
  });

  it('previews a template for an Arabic buyer right to left', async () => {
    const res = await agent.api.post('/api/templates/preview', { language: 'ar', subject: 'طلبك', body: 'شكراً لتواصلك معنا بخصوص الطلب {{ order.number }}.\n' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ direction: 'rtl', unresolved: [] });
    expect(res.body.html).toContain('dir="rtl"');
    expect(res.body.text).toContain('#1042');
  });

  it('keeps policy rules as editable data per brand and rejects invalid rules', async () => {
    const defaults = await agent.api.get(`/api/policies?brandId=${shop}`);
    expect(defaults.body.isDefault).toBe(true);
    const bad = await admin.api.request('PUT', '/api/policies', { brandId: shop, rules: { nonsense: true, competitors: 'not a list' } });
    expect(bad.status).toBe(422);
    const put = await admin.api.request('PUT', '/api/policies', { brandId: shop, rules: defaults.body.rules });
    expect(put.status).toBe(200);
    expect((await agent.api.get(`/api/policies?brandId=${shop}`)).body.isDefault).toBe(false);
    expect((await agent.api.request('PUT', '/api/policies', { brandId: shop, rules: defaults.body.rules })).status).toBe(403);
  });
});
