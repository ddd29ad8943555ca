import { sql } from 'kysely';
import { LIVE_CHANNEL, type LiveEvent } from '../../shared/live.js';
import type { Db } from '../database.js';
import type { Role } from '../agents/agent.table.js';

export interface NotificationInput {
  workspaceId: string;
  agentIds: readonly string[];
  ticketId: number | null;
  /** noun.verb: sla.warning, sla.breached, sla.escalated, automation.notify… */
  kind: string;
  data?: Record<string, unknown>;
}

export interface NotificationView {
  id: number;
  ticketId: number | null;
  kind: string;
  data: Record<string, unknown>;
  readAt: string | null;
  createdAt: string;
}

/**
 * Notifies each agent once (duplicates and deactivated agents are skipped) and announces it live
 * to each of them; returns how many were notified. Runs in the caller's transaction.
 */
export async function notifyAgents(db: Db, input: NotificationInput): Promise<number> {
  const ids = [...new Set(input.agentIds)];
  if (ids.length === 0) return 0;
  const rows = await db
    .insertInto('notifications')
    .columns(['workspace_id', 'agent_id', 'ticket_id', 'kind', 'data'])
    .expression((eb) =>
      eb
        .selectFrom('agents')
        .select([
          'workspace_id',
          'id',
          sql<number | null>`${input.ticketId}::bigint`.as('ticket_id'),
          sql<string>`${input.kind}`.as('kind'),
          sql<string>`${JSON.stringify(input.data ?? {})}::jsonb`.as('data'),
        ])
        .where('workspace_id', '=', input.workspaceId)
        .where('id', 'in', ids)
        .where('active', '=', true),
    )
    .returning(['id', 'agent_id'])
    .execute();
  for (const row of rows) {
    const live: LiveEvent = {
      type: 'notification.created',
      workspaceId: input.workspaceId,
      ...(input.ticketId !== null ? { ticketId: input.ticketId } : {}),
      data: { notificationId: row.id, agentId: row.agent_id, kind: input.kind },
    };
    await sql`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(live)})`.execute(db);
  }
  return rows.length;
}

const LEAD_ROLES: Role[] = ['lead', 'supervisor', 'admin'];

/** The active agents of a role from lead up who may see the brand (and are in the team, when one is given). */
export async function leadsFor(db: Db, workspaceId: string, brandId: string, teamId: string | null): Promise<string[]> {
  let query = db
    .selectFrom('agents')
    .select('agents.id')
    .where('agents.workspace_id', '=', workspaceId)
    .where('agents.active', '=', true)
    .where('agents.role', 'in', LEAD_ROLES)
    .where((eb) => eb.or([sql<boolean>`cardinality(agents.brand_ids) = 0`, sql<boolean>`${brandId}::uuid = any(agents.brand_ids)`]));
  if (teamId) {
    const inTeam = await query.innerJoin('agent_teams', 'agent_teams.agent_id', 'agents.id').where('agent_teams.team_id', '=', teamId).execute();
    // A team without a lead of its own escalates to the workspace's leads.
    if (inTeam.length > 0) return inTeam.map((r) => r.id);
  }
  return (await query.execute()).map((r) => r.id);
}

export async function listNotifications(db: Db, agentId: string, options: { unreadOnly: boolean; limit: number }): Promise<{ items: NotificationView[]; unread: number }> {
  let query = db.selectFrom('notifications').selectAll().where('agent_id', '=', agentId);
  if (options.unreadOnly) query = query.where('read_at', 'is', null);
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
  const unread = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('agent_id', '=', agentId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    items: rows.map((r) => ({
      id: Number(r.id),
      ticketId: r.ticket_id === null ? null : Number(r.ticket_id),
      kind: r.kind,
      data: r.data,
      readAt: r.read_at?.toISOString() ?? null,
      createdAt: r.created_at.toISOString(),
    })),
    unread: Number(unread.n),
  };
}

/** Marks the given notifications (or all) of this agent read; returns how many changed. */
export async function markNotificationsRead(db: Db, agentId: string, ids: number[] | 'all'): Promise<number> {
  let query = db.updateTable('notifications').set({ read_at: new Date() }).where('agent_id', '=', agentId).where('read_at', 'is', null);
  if (ids !== 'all') {
    if (ids.length === 0) return 0;
    query = query.where('id', 'in', ids);
  }
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Read notifications are kept this long, unread ones four times as long (the bell lists the newest 50). */
export const READ_NOTIFICATION_RETENTION_DAYS = 90;

/** Deletes read notifications past the retention, and unread ones past four times it; returns how many. */
export async function pruneNotifications(db: Db, now = new Date()): Promise<number> {
  const day = 86_400_000;
  const readCutoff = new Date(now.getTime() - READ_NOTIFICATION_RETENTION_DAYS * day);
  const anyCutoff = new Date(now.getTime() - 4 * READ_NOTIFICATION_RETENTION_DAYS * day);
  const result = await db
    .deleteFrom('notifications')
    .where((eb) => eb.or([eb.and([eb('read_at', 'is not', null), eb('created_at', '<', readCutoff)]), eb('created_at', '<', anyCutoff)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
