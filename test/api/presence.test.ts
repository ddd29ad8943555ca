import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEventStream } from '../helpers/sse.js';
import { ApiClient, createTestAgent, createTestApp, createTestBrand, createTestTicket, loginClient, type TestAgent, type TestApp } from '../helpers/test-app.js';

describe('ticket presence (collision detection)', () => {
  let t: TestApp;
  let admin: TestAgent;
  let shop: string;
  let hidden: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createTestAgent(t, 'admin', 'senior');
    shop = await createTestBrand(admin.api, 'Presence shop');
    hidden = await createTestBrand(admin.api, 'Presence hidden');
  });
  afterAll(() => t.close());

  it("announces viewing, typing and leaving on a colleague's live stream with the agent's name", async () => {
    const writer = await createTestAgent(t, 'agent', 'junior');
    const watcher = await createTestAgent(t, 'agent', 'intermediate');
    const ticket = await createTestTicket(writer.api, shop);
    const stream = await openEventStream(`${t.baseUrl}/api/live`, { authorization: `Bearer ${watcher.token}` });
    try {
      for (const state of ['viewing', 'typing', 'left'] as const) {
        const res = await writer.api.post(`/api/tickets/${ticket.id}/presence`, { state });
        expect(res.status, JSON.stringify(res.body)).toBe(204);
        expect(res.body).toBeNull();
        const event = await stream.next((e) => e.event === 'ticket.presence' && e.data.data?.state === state);
        expect(event.data).toMatchObject({ ticketId: ticket.id, brandId: shop, actorId: writer.id, data: { state, agentName: `agent ${/\d+/.exec(writer.email)![0]}` } });
        expect(event.data).not.toHaveProperty('workspaceId');
      }
      // Nothing is stored: the ticket's timeline has no trace of it.
      const detail = await writer.api.get(`/api/tickets/${ticket.id}`);
      expect(detail.body.events.map((e: { type: string }) => e.type)).toEqual(['ticket.created']);
    } finally {
      stream.close();
    }
  });

  it('works from the app with the session cookie', async () => {
    const writer = await createTestAgent(t, 'agent', 'junior');
    const ticket = await createTestTicket(writer.api, shop);
    const stream = await openEventStream(`${t.baseUrl}/api/live`, { authorization: `Bearer ${admin.token}` });
    try {
      const session = await loginClient(t.baseUrl, writer.email, writer.password);
      expect((await session.post(`/api/tickets/${ticket.id}/presence`, { state: 'typing' })).status).toBe(204);
      const event = await stream.next((e) => e.event === 'ticket.presence' && e.data.ticketId === ticket.id);
      expect(event.data.data).toEqual({ state: 'typing', agentName: expect.stringMatching(/^agent \d+$/) });
    } finally {
      stream.close();
    }
  });

  it('answers 404 for a ticket the caller cannot see, and tells nobody', async () => {
    const limited = await createTestAgent(t, 'agent', 'junior', { brandIds: [shop] });
    const hiddenTicket = await createTestTicket(admin.api, hidden);
    const stream = await openEventStream(`${t.baseUrl}/api/live`, { authorization: `Bearer ${admin.token}` });
    try {
      const res = await limited.api.post(`/api/tickets/${hiddenTicket.id}/presence`, { state: 'viewing' });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
      expect((await limited.api.post('/api/tickets/987654321/presence', { state: 'viewing' })).status).toBe(404);
      // A later, visible announcement arrives; the refused one never did.
      const visible = await createTestTicket(limited.api, shop);
      await limited.api.post(`/api/tickets/${visible.id}/presence`, { state: 'viewing' });
      await stream.next((e) => e.event === 'ticket.presence' && e.data.ticketId === visible.id);
      expect(stream.events.filter((e) => e.event === 'ticket.presence' && e.data.ticketId === hiddenTicket.id)).toEqual([]);
    } finally {
      stream.close();
    }
  });

  it("does not reach a stream that cannot see the ticket's brand", async () => {
    const limited = await createTestAgent(t, 'agent', 'junior', { brandIds: [shop] });
    const hiddenTicket = await createTestTicket(admin.api, hidden);
    const visibleTicket = await createTestTicket(admin.api, shop);
    const stream = await openEventStream(`${t.baseUrl}/api/live`, { authorization: `Bearer ${limited.token}` });
    try {
      expect((await admin.api.post(`/api/tickets/${hiddenTicket.id}/presence`, { state: 'typing' })).status).toBe(204);
      expect((await admin.api.post(`/api/tickets/${visibleTicket.id}/presence`, { state: 'typing' })).status).toBe(204);
      await stream.next((e) => e.event === 'ticket.presence' && e.data.ticketId === visibleTicket.id);
      expect(stream.events.filter((e) => e.data.ticketId === hiddenTicket.id)).toEqual([]);
    } finally {
      stream.close();
    }
  });

  it('validates the state and needs a caller', async () => {
    const agent = await createTestAgent(t, 'agent', 'junior');
    const ticket = await createTestTicket(agent.api, shop);
    for (const body of [{}, { state: 'sleeping' }, { state: 'viewing', extra: 1 }, { state: null }]) {
      const res = await agent.api.post(`/api/tickets/${ticket.id}/presence`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    expect((await agent.api.post('/api/tickets/abc/presence', { state: 'viewing' })).status).toBe(400);
    expect((await new ApiClient(t.baseUrl).post(`/api/tickets/${ticket.id}/presence`, { state: 'viewing' })).status).toBe(401);
  });
});
