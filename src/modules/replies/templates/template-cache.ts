import type { Db } from '../../database.js';
import type { VariantCandidate } from '../suggestion/choose-template.js';

/**
 * The live variants of a workspace, grouped by template key, kept in memory so a suggestion
 * costs no template query. Writes in this process drop the entry at once; another process's
 * edits are seen within TTL_MS.
 */
const TTL_MS = 30_000;
const cache = new Map<string, { at: number; byKey: Map<string, VariantCandidate[]> }>();

export function forgetWorkspaceTemplates(workspaceId: string): void {
  cache.delete(workspaceId);
}

export async function workspaceVariants(db: Db, workspaceId: string): Promise<Map<string, VariantCandidate[]>> {
  const hit = cache.get(workspaceId);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.byKey;
  const rows = await db
    .selectFrom('reply_template_variants as v')
    .innerJoin('reply_templates as t', 't.id', 'v.template_id')
    .select(['v.id', 'v.template_id', 't.key', 't.channels', 'v.language', 'v.brand_id', 'v.variant', 'v.traffic_share', 'v.subject', 'v.body'])
    .where('v.workspace_id', '=', workspaceId)
    .where('t.archived_at', 'is', null)
    .execute();
  const byKey = new Map<string, VariantCandidate[]>();
  for (const r of rows) {
    const list = byKey.get(r.key) ?? [];
    list.push({
      id: r.id,
      templateId: r.template_id,
      key: r.key,
      channels: r.channels,
      language: r.language,
      brandId: r.brand_id,
      variant: r.variant,
      trafficShare: r.traffic_share,
      subject: r.subject,
      body: r.body,
    });
    byKey.set(r.key, list);
  }
  cache.set(workspaceId, { at: Date.now(), byKey });
  return byKey;
}
