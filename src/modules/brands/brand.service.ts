import type { Selectable } from 'kysely';
import { conflict, notFound } from '../../shared/errors.js';
import type { Db } from '../database.js';
import type { BrandView, CreateBrandInput, ReplySettingsView, UpdateBrandInput } from './brand.schemas.js';
import type { BrandsTable } from './brand.table.js';

export function toBrandView(row: Selectable<BrandsTable>): BrandView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    marketplaceRegion: row.marketplace_region,
    supportEmail: row.support_email,
    defaultLanguage: row.default_language,
    replySettings: replySettingsOf(row.settings),
    archived: row.archived_at !== null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function listBrands(db: Db, workspaceId: string, includeArchived = false): Promise<BrandView[]> {
  let query = db.selectFrom('brands').selectAll().where('workspace_id', '=', workspaceId).orderBy('name');
  if (!includeArchived) query = query.where('archived_at', 'is', null);
  return (await query.execute()).map(toBrandView);
}

export async function getBrandOrThrow(db: Db, workspaceId: string, id: string): Promise<BrandView> {
  const row = await db.selectFrom('brands').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Brand', id);
  return toBrandView(row);
}

export async function createBrand(db: Db, workspaceId: string, input: CreateBrandInput): Promise<BrandView> {
  await assertNameFree(db, workspaceId, input.name);
  const row = await db
    .insertInto('brands')
    .values({
      workspace_id: workspaceId,
      name: input.name,
      kind: input.kind,
      marketplace_region: input.marketplaceRegion ?? null,
      support_email: input.supportEmail ?? null,
      ...(input.defaultLanguage ? { default_language: input.defaultLanguage } : {}),
      settings: JSON.stringify(mergeReplySettings({}, input.replySettings)),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toBrandView(row);
}

export async function updateBrand(db: Db, workspaceId: string, id: string, input: UpdateBrandInput): Promise<BrandView> {
  await getBrandOrThrow(db, workspaceId, id);
  const current = input.replySettings
    ? ((await db.selectFrom('brands').select('settings').where('id', '=', id).executeTakeFirstOrThrow()).settings as Record<string, unknown>)
    : null;
  if (input.name) await assertNameFree(db, workspaceId, input.name, id);
  const row = await db
    .updateTable('brands')
    .set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.marketplaceRegion !== undefined ? { marketplace_region: input.marketplaceRegion } : {}),
      ...(input.supportEmail !== undefined ? { support_email: input.supportEmail } : {}),
      ...(input.defaultLanguage !== undefined ? { default_language: input.defaultLanguage } : {}),
      ...(input.archived !== undefined ? { archived_at: input.archived ? new Date() : null } : {}),
      ...(current ? { settings: JSON.stringify(mergeReplySettings(current, input.replySettings)) } : {}),
      updated_at: new Date(),
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toBrandView(row);
}

/** Brands with tickets are archived, never deleted, so their history stays readable. */
export async function deleteBrand(db: Db, workspaceId: string, id: string): Promise<{ archived: boolean }> {
  await getBrandOrThrow(db, workspaceId, id);
  const used = await db.selectFrom('tickets').select('id').where('brand_id', '=', id).limit(1).executeTakeFirst();
  if (used) {
    await db.updateTable('brands').set({ archived_at: new Date(), updated_at: new Date() }).where('id', '=', id).execute();
    return { archived: true };
  }
  await db.deleteFrom('brands').where('id', '=', id).execute();
  return { archived: false };
}

async function assertNameFree(db: Db, workspaceId: string, name: string, exceptId?: string): Promise<void> {
  let query = db.selectFrom('brands').select('id').where('workspace_id', '=', workspaceId).where('name', '=', name);
  if (exceptId) query = query.where('id', '<>', exceptId);
  if (await query.executeTakeFirst()) throw conflict(`A brand named "${name}" already exists.`);
}

const DEFAULT_COUPON_PERCENT = 10;

export function replySettingsOf(settings: unknown): ReplySettingsView {
  const s = (settings ?? {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
  return {
    surveyUrl: text(s.surveyUrl),
    returnUrl: text(s.returnUrl),
    emergencyContact: text(s.emergencyContact),
    couponPercent: typeof s.couponPercent === 'number' ? s.couponPercent : DEFAULT_COUPON_PERCENT,
    religiousGreeting: s.religiousGreeting === true,
  };
}

/** Applies the given reply settings over the stored ones (null clears a value); other settings keys stay. */
function mergeReplySettings(current: Record<string, unknown>, patch: CreateBrandInput['replySettings']): Record<string, unknown> {
  const next = { ...current };
  for (const [key, value] of Object.entries(patch ?? {})) {
    if (value === undefined) continue;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next;
}
