import { createAgent } from '../../src/modules/agents/agent.service.js';
import type { Level, Role } from '../../src/modules/agents/agent.table.js';
import { createApiToken } from '../../src/modules/auth/auth.service.js';
import { createWorkspace } from '../../src/modules/workspaces/workspace.service.js';
import { ApiClient, type TestApp } from '../helpers/test-app.js';

let counter = 0;

export interface Agent {
  id: string;
  name: string;
  api: ApiClient;
}

/** A workspace of its own (so tests do not share queues or agents) with an admin and a brand. */
export async function routingWorkspace(t: TestApp) {
  const workspaceId = await createWorkspace(t.runtime.db, { name: `Routing shop ${++counter}` });
  const admin = await agentIn(t, workspaceId, `Admin ${counter}`, 'admin', 'senior');
  const brand = await admin.api.post('/api/brands', { name: `Shop ${counter}`, kind: 'shopify' });
  if (brand.status !== 201) throw new Error(`brand: ${brand.status} ${JSON.stringify(brand.body)}`);
  const brandId: string = brand.body.id;

  /** An always-open and a never-open (every day a holiday) shift calendar. */
  async function calendar(open: boolean): Promise<string> {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const allDay = [['00:00', '24:00']];
    const res = await admin.api.post('/api/sla/calendars', {
      name: `${open ? 'Always' : 'Never'} ${++counter}`,
      timezone: 'UTC',
      weekly: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
      holidays: open ? [] : [day(-1), day(0), day(1)],
    });
    if (res.status !== 201) throw new Error(`calendar: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  }

  /** A routed agent: skills, capacity and shift set by the admin, presence by the agent. */
  async function routedAgent(
    name: string,
    setup: { languages?: { code: string; proficiency: number }[]; presence?: 'online' | 'away' | 'offline'; shiftCalendarId?: string | null; capacity?: Record<string, number>; level?: Level; skills?: Record<string, unknown> } = {},
  ): Promise<Agent> {
    const agent = await agentIn(t, workspaceId, name, 'agent', setup.level ?? 'intermediate');
    const patch = await admin.api.patch(`/api/routing/agents/${agent.id}`, {
      skills: { languages: setup.languages ?? [], ...(setup.skills ?? {}) },
      ...(setup.shiftCalendarId !== undefined ? { shiftCalendarId: setup.shiftCalendarId } : {}),
      ...(setup.capacity ? { capacity: setup.capacity } : {}),
    });
    if (patch.status !== 200) throw new Error(`routing agent: ${patch.status} ${JSON.stringify(patch.body)}`);
    const presence = await agent.api.request('PUT', '/api/routing/presence', { status: setup.presence ?? 'online' });
    if (presence.status !== 200) throw new Error(`presence: ${presence.status} ${JSON.stringify(presence.body)}`);
    return agent;
  }

  async function queue(body: Record<string, unknown>): Promise<string> {
    const res = await admin.api.post('/api/routing/queues', body);
    if (res.status !== 201) throw new Error(`queue: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  }

  async function rule(body: Record<string, unknown>): Promise<string> {
    const res = await admin.api.post('/api/routing/rules', body);
    if (res.status !== 201) throw new Error(`rule: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  }

  /** A buyer's new ticket; returns its id. */
  async function ticket(overrides: Record<string, unknown> = {}, customer: Record<string, unknown> = {}): Promise<number> {
    const n = ++counter;
    const res = await admin.api.post('/api/tickets', {
      brandId,
      channel: 'email',
      subject: `Frage ${n}`,
      customer: { email: `buyer${n}@example.de`, name: `Buyer ${n}`, country: 'DE', ...customer },
      message: { text: `Hallo, wo ist meine Bestellung ${n}?` },
      language: 'de',
      ...overrides,
    });
    if (res.status !== 201) throw new Error(`ticket: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  }

  async function assigneeOf(id: number): Promise<string | null> {
    return (await admin.api.get(`/api/tickets/${id}`)).body.assigneeId;
  }

  async function queueOf(id: number): Promise<string | null> {
    const row = await t.runtime.db.selectFrom('tickets').select('queue_id').where('id', '=', id).executeTakeFirstOrThrow();
    return row.queue_id;
  }

  async function events(id: number, type: string): Promise<{ type: string; data: Record<string, any> }[]> {
    const detail = await admin.api.get(`/api/tickets/${id}`);
    return detail.body.events.filter((e: { type: string }) => e.type === type);
  }

  return { workspaceId, admin, brandId, calendar, routedAgent, queue, rule, ticket, assigneeOf, queueOf, events };
}

export async function agentIn(t: TestApp, workspaceId: string, name: string, role: Role, level: Level): Promise<Agent> {
  const n = ++counter;
  const agent = await createAgent(t.runtime.db, workspaceId, { email: `routing${n}@shop.test`, name, role, level, password: `password-${n}-long` });
  const { token } = await createApiToken(t.runtime.db, { workspaceId, agentId: agent.id, name: 'test' });
  return { id: agent.id, name, api: new ApiClient(t.baseUrl, { authorization: `Bearer ${token}` }) };
}
