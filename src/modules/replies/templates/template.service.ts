import { sql, type Selectable } from 'kysely';
import { conflict, notFound, unprocessable } from '../../../shared/errors.js';
import { isUniqueViolation } from '../../../shared/db-errors.js';
import type { Principal } from '../../auth/principal.js';
import type { Db } from '../../database.js';
import { compileTemplate, TemplateSyntaxError } from '../render/liquid.js';
import type { ReplyTemplateVariantsTable, TemplateKind } from './template.table.js';
import { forgetWorkspaceTemplates } from './template-cache.js';

export interface VariantView {
  id: string;
  language: string;
  brandId: string | null;
  variant: string;
  trafficShare: number;
  subject: string;
  body: string;
  version: number;
  outOfDate: boolean;
  reviewedSourceVersion: number | null;
  origin: 'starter' | 'custom';
  updatedAt: string;
  updatedBy: string | null;
}

function variantView(v: Selectable<ReplyTemplateVariantsTable>): VariantView {
  return {
    id: v.id,
    language: v.language,
    brandId: v.brand_id,
    variant: v.variant,
    trafficShare: v.traffic_share,
    subject: v.subject,
    body: v.body,
    version: v.version,
    outOfDate: v.out_of_date,
    reviewedSourceVersion: v.reviewed_source_version,
    origin: v.origin,
    updatedAt: v.updated_at.toISOString(),
    updatedBy: v.updated_by,
  };
}

export interface TemplateView {
  id: string;
  key: string;
  kind: TemplateKind;
  intent: string | null;
  name: string;
  sourceLanguage: string;
  channels: string[];
  archived: boolean;
  variants: VariantView[];
}

export interface TemplateSummary extends Omit<TemplateView, 'variants'> {
  languages: string[];
  outOfDate: number;
  variants: number;
  hasExperiment: boolean;
}

export interface ListFilter {
  kind?: TemplateKind | undefined;
  language?: string | undefined;
  outOfDate?: boolean | undefined;
  includeArchived?: boolean | undefined;
}

export async function listTemplates(db: Db, workspaceId: string, filter: ListFilter): Promise<TemplateSummary[]> {
  let query = db
    .selectFrom('reply_templates as t')
    .leftJoin('reply_template_variants as v', 'v.template_id', 't.id')
    .select([
      't.id', 't.key', 't.kind', 't.intent', 't.name', 't.source_language', 't.channels', 't.archived_at',
      sql<string[]>`coalesce(array_agg(distinct v.language) filter (where v.language is not null), '{}')`.as('languages'),
      sql<number>`count(v.id) filter (where v.out_of_date)::int`.as('out_of_date'),
      sql<number>`count(v.id)::int`.as('variant_count'),
      sql<boolean>`bool_or(v.variant <> 'A')`.as('has_experiment'),
    ])
    .where('t.workspace_id', '=', workspaceId)
    .groupBy('t.id')
    .orderBy('t.kind')
    .orderBy('t.key');
  if (filter.kind) query = query.where('t.kind', '=', filter.kind);
  if (!filter.includeArchived) query = query.where('t.archived_at', 'is', null);
  const rows = await query.execute();
  return rows
    .map((r) => ({
      id: r.id,
      key: r.key,
      kind: r.kind,
      intent: r.intent,
      name: r.name,
      sourceLanguage: r.source_language,
      channels: r.channels,
      archived: r.archived_at !== null,
      languages: [...r.languages].sort(),
      outOfDate: r.out_of_date,
      variants: r.variant_count,
      hasExperiment: r.has_experiment ?? false,
    }))
    .filter((t) => (!filter.language || t.languages.includes(filter.language)) && (filter.outOfDate === undefined || (t.outOfDate > 0) === filter.outOfDate));
}

export async function getTemplate(db: Db, workspaceId: string, id: string): Promise<TemplateView> {
  const t = await db.selectFrom('reply_templates').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  if (!t) throw notFound('Template', id);
  const variants = await db
    .selectFrom('reply_template_variants')
    .selectAll()
    .where('template_id', '=', id)
    .orderBy('language')
    .orderBy(sql`brand_id nulls first`)
    .orderBy('variant')
    .execute();
  return {
    id: t.id,
    key: t.key,
    kind: t.kind,
    intent: t.intent,
    name: t.name,
    sourceLanguage: t.source_language,
    channels: t.channels,
    archived: t.archived_at !== null,
    variants: variants.map(variantView),
  };
}

/** Refuses a subject or body that does not parse, naming the line. */
export function assertValidTemplate(subject: string, body: string): void {
  const errors: { part: string; message: string; line: number | null }[] = [];
  for (const [part, source] of [['subject', subject], ['body', body]] as const) {
    try {
      compileTemplate(source);
    } catch (error) {
      if (error instanceof TemplateSyntaxError) errors.push({ part, message: error.message, line: error.line });
      else throw error;
    }
  }
  if (errors.length) throw unprocessable(`The template does not parse: ${errors.map((e) => `${e.part}${e.line ? ` line ${e.line}` : ''}: ${e.message}`).join('; ')}`, { errors });
}

export interface NewTemplate {
  key: string;
  name: string;
  intent?: string | null | undefined;
  sourceLanguage: string;
  channels?: string[] | undefined;
  subject: string;
  body: string;
}

export async function createTemplate(db: Db, principal: Principal, input: NewTemplate): Promise<TemplateView> {
  assertValidTemplate(input.subject, input.body);
  const id = await db.transaction().execute(async (trx) => {
    let row;
    try {
      row = await trx
        .insertInto('reply_templates')
        .values({
          workspace_id: principal.workspaceId,
          key: input.key,
          kind: 'custom',
          intent: input.intent ?? null,
          name: input.name,
          source_language: input.sourceLanguage,
          channels: input.channels ?? [],
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`A template with the key "${input.key}" exists already.`);
      throw error;
    }
    await insertVariant(trx, principal, row.id, { language: input.sourceLanguage, brandId: null, variant: 'A', trafficShare: 100, subject: input.subject, body: input.body });
    return row.id;
  });
  forgetWorkspaceTemplates(principal.workspaceId);
  return getTemplate(db, principal.workspaceId, id);
}

export interface TemplatePatch {
  name?: string | undefined;
  channels?: string[] | undefined;
  sourceLanguage?: string | undefined;
  archived?: boolean | undefined;
}

export async function updateTemplate(db: Db, workspaceId: string, id: string, patch: TemplatePatch): Promise<TemplateView> {
  const result = await db
    .updateTable('reply_templates')
    .set({
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.channels !== undefined ? { channels: patch.channels } : {}),
      ...(patch.sourceLanguage !== undefined ? { source_language: patch.sourceLanguage } : {}),
      ...(patch.archived !== undefined ? { archived_at: patch.archived ? new Date() : null } : {}),
      updated_at: new Date(),
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!result.numUpdatedRows) throw notFound('Template', id);
  forgetWorkspaceTemplates(workspaceId);
  return getTemplate(db, workspaceId, id);
}

export interface VariantInput {
  language: string;
  brandId: string | null;
  variant: string;
  trafficShare?: number | undefined;
  subject: string;
  body: string;
}

async function insertVariant(db: Db, principal: Principal, templateId: string, input: VariantInput & { trafficShare: number }) {
  const row = await db
    .insertInto('reply_template_variants')
    .values({
      workspace_id: principal.workspaceId,
      template_id: templateId,
      language: input.language,
      brand_id: input.brandId,
      variant: input.variant,
      traffic_share: input.trafficShare,
      subject: input.subject,
      body: input.body,
      version: 1,
      origin: 'custom',
      updated_by: principal.agentId,
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
  await db.insertInto('reply_template_versions').values({ variant_id: row.id, version: 1, subject: input.subject, body: input.body, edited_by: principal.agentId }).execute();
  return row;
}

/**
 * Saves one language/brand/A-B variant as a new version. Saving the template's source-language
 * base variant marks every other language out of date: a translation reviewed against version 3
 * of the source says nothing about version 4.
 */
export async function saveVariant(db: Db, principal: Principal, templateId: string, input: VariantInput): Promise<VariantView> {
  assertValidTemplate(input.subject, input.body);
  const variantId = await db.transaction().execute(async (trx) => {
    const template = await trx
      .selectFrom('reply_templates')
      .select(['id', 'source_language'])
      .where('workspace_id', '=', principal.workspaceId)
      .where('id', '=', templateId)
      .forUpdate()
      .executeTakeFirst();
    if (!template) throw notFound('Template', templateId);
    if (input.brandId) {
      const brand = await trx.selectFrom('brands').select('id').where('workspace_id', '=', principal.workspaceId).where('id', '=', input.brandId).executeTakeFirst();
      if (!brand) throw notFound('Brand', input.brandId);
    }
    const existing = await trx
      .selectFrom('reply_template_variants')
      .select(['id', 'version', 'subject', 'body', 'traffic_share'])
      .where('template_id', '=', templateId)
      .where('language', '=', input.language)
      .where((eb) => (input.brandId ? eb('brand_id', '=', input.brandId) : eb('brand_id', 'is', null)))
      .where('variant', '=', input.variant)
      .executeTakeFirst();
    const isSource = input.language === template.source_language && input.brandId === null && input.variant === 'A';
    const sourceVersion = isSource ? null : await currentSourceVersion(trx, templateId, template.source_language);
    let id: string;
    let version: number;
    let changed = true;
    if (!existing) {
      const row = await insertVariant(trx, principal, templateId, { ...input, trafficShare: input.trafficShare ?? (input.variant === 'A' ? 100 : 0) });
      id = row.id;
      version = 1;
    } else {
      changed = existing.subject !== input.subject || existing.body !== input.body;
      version = changed ? existing.version + 1 : existing.version;
      id = existing.id;
      await trx
        .updateTable('reply_template_variants')
        .set({
          subject: input.subject,
          body: input.body,
          version,
          traffic_share: input.trafficShare ?? existing.traffic_share,
          origin: 'custom',
          updated_by: principal.agentId,
          updated_at: new Date(),
        })
        .where('id', '=', existing.id)
        .execute();
      if (changed) await trx.insertInto('reply_template_versions').values({ variant_id: id, version, subject: input.subject, body: input.body, edited_by: principal.agentId }).execute();
    }
    if (isSource && changed) {
      await trx
        .updateTable('reply_template_variants')
        .set({ out_of_date: true })
        .where('template_id', '=', templateId)
        .where('language', '<>', template.source_language)
        .where((eb) => eb.or([eb('reviewed_source_version', 'is', null), eb('reviewed_source_version', '<', version)]))
        .execute();
    } else if (!isSource) {
      // Writing a translation against the current source is reviewing it.
      await trx.updateTable('reply_template_variants').set({ out_of_date: false, reviewed_source_version: sourceVersion }).where('id', '=', id).execute();
    }
    await trx.updateTable('reply_templates').set({ updated_at: new Date() }).where('id', '=', templateId).execute();
    return id;
  });
  forgetWorkspaceTemplates(principal.workspaceId);
  return getVariant(db, principal.workspaceId, variantId);
}

async function currentSourceVersion(db: Db, templateId: string, sourceLanguage: string): Promise<number | null> {
  const source = await db
    .selectFrom('reply_template_variants')
    .select('version')
    .where('template_id', '=', templateId)
    .where('language', '=', sourceLanguage)
    .where('brand_id', 'is', null)
    .where('variant', '=', 'A')
    .executeTakeFirst();
  return source?.version ?? null;
}

export async function getVariant(db: Db, workspaceId: string, variantId: string): Promise<VariantView> {
  const v = await db.selectFrom('reply_template_variants').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', variantId).executeTakeFirst();
  if (!v) throw notFound('Template variant', variantId);
  return variantView(v);
}

/** Someone read the translation against the current source and found it still right. */
export async function reviewVariant(db: Db, principal: Principal, variantId: string): Promise<VariantView> {
  const v = await getVariant(db, principal.workspaceId, variantId);
  const t = await db.selectFrom('reply_template_variants as v').innerJoin('reply_templates as t', 't.id', 'v.template_id').select(['t.id', 't.source_language']).where('v.id', '=', variantId).executeTakeFirstOrThrow();
  const sourceVersion = await currentSourceVersion(db, t.id, t.source_language);
  await db
    .updateTable('reply_template_variants')
    .set({ out_of_date: false, reviewed_source_version: sourceVersion ?? v.reviewedSourceVersion, updated_by: principal.agentId, updated_at: new Date() })
    .where('id', '=', variantId)
    .execute();
  forgetWorkspaceTemplates(principal.workspaceId);
  return getVariant(db, principal.workspaceId, variantId);
}

export async function deleteVariant(db: Db, workspaceId: string, variantId: string): Promise<void> {
  const row = await db
    .selectFrom('reply_template_variants as v')
    .innerJoin('reply_templates as t', 't.id', 'v.template_id')
    .select(['v.id', 'v.language', 'v.brand_id', 'v.variant', 't.source_language'])
    .where('v.workspace_id', '=', workspaceId)
    .where('v.id', '=', variantId)
    .executeTakeFirst();
  if (!row) throw notFound('Template variant', variantId);
  if (row.language === row.source_language && row.brand_id === null && row.variant === 'A') {
    throw unprocessable('The source-language variant is what every translation is reviewed against; archive the template instead.');
  }
  await db.deleteFrom('reply_template_variants').where('id', '=', variantId).execute();
  forgetWorkspaceTemplates(workspaceId);
}

export async function listVersions(db: Db, workspaceId: string, variantId: string) {
  await getVariant(db, workspaceId, variantId);
  const rows = await db
    .selectFrom('reply_template_versions')
    .select(['version', 'subject', 'body', 'edited_by', 'created_at'])
    .where('variant_id', '=', variantId)
    .orderBy('version', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => ({ version: r.version, subject: r.subject, body: r.body, editedBy: r.edited_by, createdAt: r.created_at.toISOString() }));
}
