import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHousekeeping } from '../../src/jobs/housekeeping.job.js';
import { notifyAgents } from '../../src/modules/notifications/notification.service.js';
import { createTestAgent, createTestApp, createTestBrand, createTestTicket, type TestAgent, type TestApp } from '../helpers/test-app.js';

describe('housekeeping keeps the automation log and notifications bounded', () => {
  let t: TestApp;
  let admin: TestAgent;
  let brandId: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createTestAgent(t, 'admin', 'senior');
    brandId = await createTestBrand(admin.api);
  });
  afterAll(() => t.close());

  const ageBy = (table: 'automation_runs' | 'notifications', ids: number[], days: number) =>
    sql`update ${sql.table(table)} set created_at = now() - make_interval(days => ${days}) where id in (${sql.join(ids)})`.execute(t.runtime.db);

  it('drops runs older than 180 days, but keeps a scheduled rule\'s claim on a ticket still unresolved', async () => {
    const rule = await admin.api.post('/api/automation/rules', { name: 'Tag every new ticket', trigger: 'ticket.created', actions: [{ type: 'add_tags', tags: ['seen'] }] });
    expect(rule.status, JSON.stringify(rule.body)).toBe(201);
    const open = await createTestTicket(admin.api, brandId);
    const solved = await createTestTicket(admin.api, brandId);
    expect((await admin.api.patch(`/api/tickets/${solved.id}`, { status: 'solved' })).status).toBe(200);
    const db = t.runtime.db;
    const eventRuns = (await db.selectFrom('automation_runs').select('id').where('rule_id', '=', rule.body.id).execute()).map((r) => Number(r.id));
    expect(eventRuns).toHaveLength(2);
    // What the scheduler writes when it claims a ticket's spell ("pending 3 days → reminder").
    const claim = async (ticketId: number) =>
      Number(
        (
          await db
            .insertInto('automation_runs')
            .values({ workspace_id: t.workspaceId, rule_id: rule.body.id, ticket_id: ticketId, trigger: 'schedule', dedupe_key: `spell:${ticketId}` })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
      );
    const openClaim = await claim(open.id);
    const solvedClaim = await claim(solved.id);
    await ageBy('automation_runs', [...eventRuns, openClaim, solvedClaim], 200);
    const recent = await createTestTicket(admin.api, brandId);

    await runHousekeeping(db);
    const left = await db.selectFrom('automation_runs').select(['id', 'ticket_id']).where('rule_id', '=', rule.body.id).execute();
    expect(left.map((r) => Number(r.ticket_id)).sort()).toEqual([open.id, recent.id].sort());
    expect(left.map((r) => Number(r.id))).toContain(openClaim);
  });

  it('drops read notifications after 90 days and unread ones after a year', async () => {
    const ticket = await createTestTicket(admin.api, brandId);
    const notify = async (kind: string) => {
      await notifyAgents(t.runtime.db, { workspaceId: t.workspaceId, agentIds: [admin.id], ticketId: ticket.id, kind });
      return Number((await t.runtime.db.selectFrom('notifications').select('id').where('kind', '=', kind).executeTakeFirstOrThrow()).id);
    };
    const oldRead = await notify('test.old_read');
    const oldUnread = await notify('test.old_unread');
    const ancient = await notify('test.ancient');
    const freshRead = await notify('test.fresh_read');
    await t.runtime.db.updateTable('notifications').set({ read_at: new Date() }).where('id', 'in', [oldRead, freshRead]).execute();
    await ageBy('notifications', [oldRead, oldUnread], 100);
    await ageBy('notifications', [ancient], 400);

    await runHousekeeping(t.runtime.db);
    const kinds = (await admin.api.get('/api/notifications')).body.items.map((n: { kind: string }) => n.kind).sort();
    expect(kinds).toEqual(['test.fresh_read', 'test.old_unread']);
  });
});
