import type { Selectable } from 'kysely';
import { isUniqueViolation } from '../../../shared/db-errors.js';
import { AppError, conflict, notFound } from '../../../shared/errors.js';
import type { Db } from '../../database.js';
import { inTransaction } from '../../transaction.js';
import { scheduleSlaRecompute } from '../clocks/recompute-sla.js';
import type { SlaPoliciesTable } from '../sla.tables.js';
import type { CreatePolicyInput, OnBreach, PatchPolicyInput, PolicyView, SlaConditions, SlaTargets } from './policy.schemas.js';
import { STARTER_SLA_POLICIES } from './starter-policies.js';

type PolicyRow = Selectable<SlaPoliciesTable>;

export function toPolicyView(row: PolicyRow): PolicyView {
  return {
    id: row.id,
    name: row.name,
    position: row.position,
    kind: row.kind,
    enabled: row.enabled,
    conditions: row.conditions as SlaConditions as PolicyView['conditions'],
    targets: row.targets as SlaTargets,
    pauseOnPending: row.pause_on_pending,
    pauseOnHold: row.pause_on_hold,
    warnFraction: row.warn_fraction,
    onBreach: row.on_breach as OnBreach,
    calendarId: row.calendar_id,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Policies change seldom and are read on every ticket change: cached per workspace, dropped on writes here, at most this old from other processes. */
export const POLICY_CACHE_TTL_MS = 30_000;
const cache = new Map<string, { at: number; policies: Promise<PolicyView[]> }>();

export function forgetPolicies(workspaceId: string): void {
  cache.delete(workspaceId);
}

/** The workspace's policies in order (cached). */
export async function policiesFor(db: Db, workspaceId: string): Promise<PolicyView[]> {
  const hit = cache.get(workspaceId);
  if (hit && Date.now() - hit.at <= POLICY_CACHE_TTL_MS) return hit.policies;
  const policies = listPolicies(db, workspaceId);
  cache.set(workspaceId, { at: Date.now(), policies });
  policies.catch(() => forgetPolicies(workspaceId));
  return policies;
}

export async function listPolicies(db: Db, workspaceId: string): Promise<PolicyView[]> {
  const rows = await db.selectFrom('sla_policies').selectAll().where('workspace_id', '=', workspaceId).orderBy('position').orderBy('created_at').execute();
  return rows.map(toPolicyView);
}

async function rowOrThrow(db: Db, workspaceId: string, id: string): Promise<PolicyRow> {
  const row = await db.selectFrom('sla_policies').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('SLA policy', id);
  return row;
}

async function assertCalendar(db: Db, workspaceId: string, calendarId: string | null | undefined): Promise<void> {
  if (!calendarId) return;
  const found = await db.selectFrom('business_calendars').select('id').where('workspace_id', '=', workspaceId).where('id', '=', calendarId).executeTakeFirst();
  if (!found) throw new AppError('unprocessable', `calendarId: no calendar ${calendarId} in this workspace.`);
}

function assertSomeTarget(targets: SlaTargets): void {
  if (!targets.firstResponse && !targets.nextResponse && !targets.resolution) {
    throw new AppError('validation_failed', 'targets: set at least one of firstResponse, nextResponse, resolution.');
  }
}

const nameTaken = (name: string) => (error: unknown): never => {
  if (isUniqueViolation(error)) throw conflict(`An SLA policy named "${name}" already exists.`);
  throw error;
};

async function changed(db: Db, workspaceId: string): Promise<void> {
  forgetPolicies(workspaceId);
  await scheduleSlaRecompute(db, workspaceId);
}

function columns(input: Partial<CreatePolicyInput>) {
  return {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.kind !== undefined ? { kind: input.kind } : {}),
    ...(input.enabled !== undefined ? { enabled: input.enabled } : {}),
    ...(input.conditions !== undefined ? { conditions: JSON.stringify(withoutEmptyLists(input.conditions)) } : {}),
    ...(input.targets !== undefined ? { targets: JSON.stringify(input.targets) } : {}),
    ...(input.pauseOnPending !== undefined ? { pause_on_pending: input.pauseOnPending } : {}),
    ...(input.pauseOnHold !== undefined ? { pause_on_hold: input.pauseOnHold } : {}),
    ...(input.warnFraction !== undefined ? { warn_fraction: input.warnFraction } : {}),
    ...(input.onBreach !== undefined ? { on_breach: JSON.stringify(input.onBreach) } : {}),
    ...(input.calendarId !== undefined ? { calendar_id: input.calendarId } : {}),
  };
}

function withoutEmptyLists(conditions: SlaConditions): SlaConditions {
  return Object.fromEntries(Object.entries(conditions).filter(([, v]) => Array.isArray(v) && v.length > 0)) as SlaConditions;
}

export async function createPolicy(db: Db, workspaceId: string, input: CreatePolicyInput): Promise<PolicyView> {
  assertSomeTarget(input.targets);
  await assertCalendar(db, workspaceId, input.calendarId);
  const id = await inTransaction(db, async (trx) => {
    const { n } = await trx.selectFrom('sla_policies').select((eb) => eb.fn.countAll<string>().as('n')).where('workspace_id', '=', workspaceId).executeTakeFirstOrThrow();
    const position = Math.min(input.position ?? Number(n), Number(n));
    await trx.updateTable('sla_policies').set((eb) => ({ position: eb('position', '+', 1) })).where('workspace_id', '=', workspaceId).where('position', '>=', position).execute();
    const row = await trx
      .insertInto('sla_policies')
      .values({ workspace_id: workspaceId, position, ...columns(input), name: input.name, kind: input.kind, targets: JSON.stringify(input.targets), on_breach: JSON.stringify(input.onBreach) })
      .returning('id')
      .executeTakeFirstOrThrow()
      .catch(nameTaken(input.name));
    await changed(trx, workspaceId);
    return row.id;
  });
  forgetPolicies(workspaceId);
  return toPolicyView(await rowOrThrow(db, workspaceId, id));
}

export async function updatePolicy(db: Db, workspaceId: string, id: string, input: PatchPolicyInput): Promise<PolicyView> {
  const row = await rowOrThrow(db, workspaceId, id);
  if (input.targets) assertSomeTarget(input.targets);
  await assertCalendar(db, workspaceId, input.calendarId);
  await inTransaction(db, async (trx) => {
    await trx.updateTable('sla_policies').set({ ...columns(input), updated_at: new Date() }).where('id', '=', id).execute().catch(nameTaken(input.name ?? row.name));
    await changed(trx, workspaceId);
  });
  forgetPolicies(workspaceId);
  return toPolicyView(await rowOrThrow(db, workspaceId, id));
}

export async function deletePolicy(db: Db, workspaceId: string, id: string): Promise<{ deleted: true }> {
  const row = await rowOrThrow(db, workspaceId, id);
  await inTransaction(db, async (trx) => {
    // Its clocks go with it (cascade); the recompute gives those tickets the next matching policy.
    await trx.deleteFrom('sla_policies').where('id', '=', id).execute();
    await trx.updateTable('sla_policies').set((eb) => ({ position: eb('position', '-', 1) })).where('workspace_id', '=', workspaceId).where('position', '>', row.position).execute();
    await changed(trx, workspaceId);
  });
  forgetPolicies(workspaceId);
  return { deleted: true };
}

/** Sets the order: `ids` must list every policy of the workspace once. */
export async function reorderPolicies(db: Db, workspaceId: string, ids: string[]): Promise<PolicyView[]> {
  await inTransaction(db, async (trx) => {
    const rows = await trx.selectFrom('sla_policies').select('id').where('workspace_id', '=', workspaceId).forUpdate().execute();
    const known = new Set(rows.map((r) => r.id));
    const given = new Set(ids);
    if (given.size !== ids.length || given.size !== known.size || ids.some((id) => !known.has(id))) {
      throw new AppError('validation_failed', `ids: list each of the workspace's ${known.size} policies exactly once.`);
    }
    for (const [position, id] of ids.entries()) await trx.updateTable('sla_policies').set({ position, updated_at: new Date() }).where('id', '=', id).execute();
    await changed(trx, workspaceId);
  });
  forgetPolicies(workspaceId);
  return listPolicies(db, workspaceId);
}

/** Gives a workspace without any SLA policy the starter set (a new workspace, or one from before SLAs); returns how many were added. */
export async function ensureStarterSlaPolicies(db: Db, workspaceId: string): Promise<number> {
  const any = await db.selectFrom('sla_policies').select('id').where('workspace_id', '=', workspaceId).limit(1).executeTakeFirst();
  if (any) return 0;
  await db
    .insertInto('sla_policies')
    .values(
      STARTER_SLA_POLICIES.map((p, position) => ({
        workspace_id: workspaceId,
        name: p.name,
        position,
        kind: p.kind,
        conditions: JSON.stringify(p.conditions),
        targets: JSON.stringify(p.targets),
        pause_on_pending: p.pauseOnPending,
        pause_on_hold: p.pauseOnHold,
        warn_fraction: p.warnFraction,
        on_breach: JSON.stringify(p.onBreach),
        calendar_id: null,
      })),
    )
    .onConflict((oc) => oc.columns(['workspace_id', 'name']).doNothing())
    .execute();
  forgetPolicies(workspaceId);
  return STARTER_SLA_POLICIES.length;
}

/** Serve start: starter policies for every workspace that has none yet. */
export async function topUpStarterSlaPolicies(db: Db, log: (line: string) => void): Promise<void> {
  const workspaces = await db.selectFrom('workspaces').select('id').execute();
  for (const { id } of workspaces) {
    const added = await ensureStarterSlaPolicies(db, id);
    if (added) log(`added ${added} starter SLA policies to workspace ${id}`);
  }
}
