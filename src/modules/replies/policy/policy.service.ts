import { notFound, unprocessable } from '../../../shared/errors.js';
import type { Principal } from '../../auth/principal.js';
import type { Db } from '../../database.js';
import { DEFAULT_POLICY_RULES, policyRulesSchema, type PolicyRules } from '../guard/policy-rules.js';

export interface PolicyView {
  brandId: string | null;
  rules: PolicyRules;
  /** True when nothing is stored for this brand (or the workspace) and the shipped rules apply. */
  isDefault: boolean;
}

/**
 * Parsed rules by stored row: the guard compiles a rule set once per object (~150 ms), so the
 * same stored version must come back as the same object.
 */
const parsedRules = new Map<string, { updatedAt: number; rules: PolicyRules }>();

/** The rules that apply to a brand: its own, else the workspace's, else the shipped defaults. */
export async function policyFor(db: Db, workspaceId: string, brandId: string | null): Promise<PolicyView> {
  const rows = await db
    .selectFrom('reply_policies')
    .select(['id', 'brand_id', 'rules', 'updated_at'])
    .where('workspace_id', '=', workspaceId)
    .where((eb) => (brandId ? eb.or([eb('brand_id', '=', brandId), eb('brand_id', 'is', null)]) : eb('brand_id', 'is', null)))
    .execute();
  const own = rows.find((r) => r.brand_id === brandId) ?? rows.find((r) => r.brand_id === null);
  if (!own) return { brandId, rules: DEFAULT_POLICY_RULES, isDefault: true };
  const cached = parsedRules.get(own.id);
  if (cached && cached.updatedAt === own.updated_at.getTime()) return { brandId, rules: cached.rules, isDefault: false };
  const parsed = policyRulesSchema.safeParse(own.rules);
  // Rules stored by an older version that no longer validate fall back to the defaults rather than disabling the guard.
  const rules = parsed.success ? parsed.data : DEFAULT_POLICY_RULES;
  parsedRules.set(own.id, { updatedAt: own.updated_at.getTime(), rules });
  return { brandId, rules, isDefault: false };
}

export async function savePolicy(db: Db, principal: Principal, brandId: string | null, rules: unknown): Promise<PolicyView> {
  const parsed = policyRulesSchema.safeParse(rules);
  if (!parsed.success) {
    throw unprocessable('The rules are not valid.', { issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
  }
  if (brandId) {
    const brand = await db.selectFrom('brands').select('id').where('workspace_id', '=', principal.workspaceId).where('id', '=', brandId).executeTakeFirst();
    if (!brand) throw notFound('Brand', brandId);
  }
  await db
    .insertInto('reply_policies')
    .values({ workspace_id: principal.workspaceId, brand_id: brandId, rules: JSON.stringify(parsed.data), updated_by: principal.agentId })
    .onConflict((oc) => oc.columns(['workspace_id', 'brand_id']).doUpdateSet({ rules: JSON.stringify(parsed.data), updated_by: principal.agentId, updated_at: new Date() }))
    .execute();
  return { brandId, rules: parsed.data, isDefault: false };
}

/** Back to the shipped defaults (or the workspace's rules, for a brand). */
export async function resetPolicy(db: Db, workspaceId: string, brandId: string | null): Promise<void> {
  await db
    .deleteFrom('reply_policies')
    .where('workspace_id', '=', workspaceId)
    .where((eb) => (brandId ? eb('brand_id', '=', brandId) : eb('brand_id', 'is', null)))
    .execute();
}
