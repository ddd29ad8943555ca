import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimateMatches } from '../../src/modules/tickets/ticket-search-plan.js';
import { ticketSearchVector } from '../../src/modules/tickets/ticket-search.js';
import { createTestAgent, createTestApp, createTestBrand, createTestTicket, type TestAgent, type TestApp } from '../helpers/test-app.js';

describe('search over many tickets (the ordered walk for common words)', () => {
  let t: TestApp;
  let agent: TestAgent;
  const TOTAL = 3000;

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await createTestAgent(t, 'admin', 'senior');
    agent = await createTestAgent(t, 'agent', 'junior');
    const brandId = await createTestBrand(admin.api, 'Walk shop');
    const first = await createTestTicket(agent.api, brandId);
    const even = ticketSearchVector('物流一直没有更新 parcel');
    const odd = ticketSearchVector('物流 lamp');
    // Many tickets at once, straight in SQL: every one mentions 物流, every other one 一直没有更新.
    await sql`
      insert into tickets (workspace_id, brand_id, customer_id, subject, channel, search_vector, created_at, updated_at)
      select ${t.workspaceId}, ${brandId}, ${first.customer.id}, 'bulk ' || i, 'email',
        (case when i % 2 = 0 then ${even} else ${odd} end)::tsvector,
        timestamp '2026-01-01' + i * interval '1 minute', timestamp '2026-01-01' + i * interval '1 minute'
      from generate_series(1, ${TOTAL}) as i`.execute(t.runtime.db);
    await sql`analyze tickets`.execute(t.runtime.db);
  });
  afterAll(() => t.close());

  it('estimates a multi-character word by its rarest character pair, not their product', async () => {
    const stats = { frequency: new Map([['物流', 1], ['一直', 0.5], ['直没', 0.5], ['没有', 0.5]]), floor: 0.01, rows: 1000 };
    const terms = ['一直', '直没', '没有'].map((lexeme) => ({ lexeme, prefix: false }));
    expect(estimateMatches(stats, terms)).toBe(500);
    expect(estimateMatches(stats, [{ lexeme: 'unknown', prefix: false }])).toBe(5);
    expect(estimateMatches(stats, [{ lexeme: '物', prefix: true }])).toBe(1000);
  });

  it('pages through every match of a common word exactly once, newest first', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    let previous = Infinity;
    do {
      const res: { status: number; body: { items: { id: number; updatedAt: string }[]; nextCursor: string | null } } = await agent.api.get(
        `/api/tickets?limit=200&q=${encodeURIComponent('一直没有更新')}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.status).toBe(200);
      for (const item of res.body.items) {
        expect(Date.parse(item.updatedAt)).toBeLessThanOrEqual(previous);
        previous = Date.parse(item.updatedAt);
        seen.push(item.id);
      }
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(TOTAL / 2);
    expect(new Set(seen).size).toBe(TOTAL / 2);
  });

  it('finds the same first page as the search index would', async () => {
    const walked = await agent.api.get(`/api/tickets?limit=50&q=${encodeURIComponent('物流 lamp')}`);
    const expected = await sql<{ id: number }>`
      select id from tickets where search_vector @@ ${"'物流' & 'lamp':*"}::tsquery order by updated_at desc, id desc limit 50`.execute(t.runtime.db);
    expect(walked.body.items.map((i: { id: number }) => i.id)).toEqual(expected.rows.map((r) => r.id));
  });
});
