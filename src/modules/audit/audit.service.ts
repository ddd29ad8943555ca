import type { Db } from '../database.js';
import type { Principal } from '../auth/principal.js';

export interface AuditEntry {
  workspaceId: string | null;
  action: string;
  actor: Principal | { kind: 'system' | 'cli'; id?: string };
  subjectType?: string;
  subjectId?: string;
  /** Never passwords or tokens; names of changed fields and ids only. */
  data?: Record<string, unknown>;
  ip?: string;
}

/** Records a privileged action (agents, tokens, brands, settings) in the audit log. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  const actor = 'agentId' in entry.actor ? { kind: 'agent', id: entry.actor.agentId } : entry.actor;
  await db
    .insertInto('audit_log')
    .values({
      workspace_id: entry.workspaceId,
      action: entry.action,
      actor_kind: actor.kind,
      actor_id: actor.id ?? null,
      subject_type: entry.subjectType ?? null,
      subject_id: entry.subjectId ?? null,
      data: JSON.stringify(entry.data ?? {}),
      ip: entry.ip ?? null,
    })
    .execute();
}

export async function listAudit(db: Db, workspaceId: string, limit: number, beforeId?: number) {
  let query = db
    .selectFrom('audit_log')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('id', 'desc')
    .limit(limit);
  if (beforeId !== undefined) query = query.where('id', '<', beforeId);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    action: r.action,
    actorKind: r.actor_kind,
    actorId: r.actor_id,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    data: r.data,
    ip: r.ip,
    createdAt: r.created_at.toISOString(),
  }));
}
