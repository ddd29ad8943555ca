import type { Db } from '../../database.js';
import { isIntent } from '../../triage/intents.js';
import { isServiceKey, starterTemplateName } from './template-catalog.js';
import { starterTemplates } from './starter-library.js';

/**
 * Loads the starter library into a workspace: every template and language variant it does not
 * have yet. What a workspace already has (edited or not) is left alone, so running it again — at
 * every start, after an upgrade that ships new languages — only adds.
 */
export async function ensureStarterTemplates(db: Db, workspaceId: string): Promise<{ templates: number; variants: number }> {
  const starters = starterTemplates();
  if (!starters.length) return { templates: 0, variants: 0 };
  const keys = [...new Set(starters.map((s) => s.key))];
  const insertedTemplates = await db
    .insertInto('reply_templates')
    .values(
      keys.map((key) => ({
        workspace_id: workspaceId,
        key,
        kind: isServiceKey(key) ? ('service' as const) : ('intent' as const),
        intent: isIntent(key) ? key : null,
        name: starterTemplateName(key),
        source_language: 'en',
        channels: [],
      })),
    )
    .onConflict((oc) => oc.columns(['workspace_id', 'key']).doNothing())
    .returning('id')
    .execute();
  const templates = await db.selectFrom('reply_templates').select(['id', 'key']).where('workspace_id', '=', workspaceId).where('key', 'in', keys).execute();
  const idByKey = new Map(templates.map((t) => [t.key, t.id]));
  const existing = await db
    .selectFrom('reply_template_variants')
    .select(['template_id', 'language'])
    .where('workspace_id', '=', workspaceId)
    .where('brand_id', 'is', null)
    .where('variant', '=', 'A')
    .execute();
  const have = new Set(existing.map((v) => `${v.template_id}:${v.language}`));
  const missing = starters.filter((s) => !have.has(`${idByKey.get(s.key)}:${s.language}`));
  let variants = 0;
  for (let i = 0; i < missing.length; i += 200) {
    const chunk = missing.slice(i, i + 200);
    const rows = await db
      .insertInto('reply_template_variants')
      .values(
        chunk.map((s) => ({
          workspace_id: workspaceId,
          template_id: idByKey.get(s.key)!,
          language: s.language,
          brand_id: null,
          variant: 'A',
          subject: s.subject,
          body: s.body,
          version: 1,
          reviewed_source_version: 1,
          origin: 'starter' as const,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .returning(['id', 'subject', 'body'])
      .execute();
    if (rows.length) {
      await db
        .insertInto('reply_template_versions')
        .values(rows.map((r) => ({ variant_id: r.id, version: 1, subject: r.subject, body: r.body })))
        .execute();
    }
    variants += rows.length;
  }
  return { templates: insertedTemplates.length, variants };
}

/** At start: every workspace gets the templates and languages a newer release added. */
export async function topUpStarterTemplates(db: Db, log: (line: string) => void): Promise<void> {
  const workspaces = await db.selectFrom('workspaces').select('id').execute();
  for (const { id } of workspaces) {
    const added = await ensureStarterTemplates(db, id);
    if (added.templates || added.variants) log(`added ${added.templates} templates and ${added.variants} language variants to workspace ${id}`);
  }
}
