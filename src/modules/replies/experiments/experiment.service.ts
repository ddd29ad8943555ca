import { sql } from 'kysely';
import { notFound } from '../../../shared/errors.js';
import type { Db } from '../../database.js';
import { compareRates, type Verdict } from './two-proportion.js';

export interface VariantOutcome {
  variant: string;
  trafficShare: number;
  uses: number;
  reopenRate: number | null;
  buyerReplyRate: number | null;
  solvedRate: number | null;
  medianMinutesToSolve: number | null;
  /** Surveys (SPEC C8) do not exist yet. */
  csat: number | null;
}

export interface Comparison {
  metric: 'reopen_rate' | 'buyer_reply_rate';
  pValue: number | null;
  winner: string | null;
  verdict: Verdict;
}

/**
 * How each A/B variant of one template (in one language, for one brand or all) did on the tickets
 * it was sent on: reopened after the reply, the buyer had to write again, solved and how fast.
 * A winner is named only when a two-proportion test says the difference is unlikely to be chance.
 */
export async function experimentResults(db: Db, workspaceId: string, templateId: string, language: string, brandId: string | null) {
  const template = await db.selectFrom('reply_templates').select('id').where('workspace_id', '=', workspaceId).where('id', '=', templateId).executeTakeFirst();
  if (!template) throw notFound('Template', templateId);
  const variants = await db
    .selectFrom('reply_template_variants')
    .select(['variant', 'traffic_share'])
    .where('template_id', '=', templateId)
    .where('language', '=', language)
    .where((eb) => (brandId ? eb('brand_id', '=', brandId) : eb('brand_id', 'is', null)))
    .orderBy('variant')
    .execute();
  const { rows } = await sql<{ variant: string; uses: number; solved: number; reopened: number; buyer_replied: number; median_minutes: number | null }>`
    select u.variant,
      count(*)::int as uses,
      count(*) filter (where t.solved_at >= u.sent_at)::int as solved,
      count(*) filter (where exists (
        select 1 from ticket_events e where e.ticket_id = u.ticket_id and e.created_at > u.sent_at
          and (e.type = 'ticket.reopened' or (e.type = 'ticket.updated' and e.data->'status'->>'from' in ('solved', 'closed')))
      ))::int as reopened,
      count(*) filter (where exists (
        select 1 from messages m where m.ticket_id = u.ticket_id and m.direction = 'inbound' and m.created_at > u.sent_at
      ))::int as buyer_replied,
      (percentile_cont(0.5) within group (order by extract(epoch from t.solved_at - u.sent_at) / 60)
        filter (where t.solved_at >= u.sent_at))::float8 as median_minutes
    from reply_template_uses u
    join tickets t on t.id = u.ticket_id
    left join reply_template_variants v on v.id = u.variant_id
    where u.workspace_id = ${workspaceId} and u.template_id = ${templateId} and u.language = ${language}
      and ${brandId ? sql`v.brand_id = ${brandId}` : sql`(v.brand_id is null or u.variant_id is null)`}
    group by u.variant`.execute(db);
  const byVariant = new Map(rows.map((r) => [r.variant, r]));
  const names = [...new Set([...variants.map((v) => v.variant), ...rows.map((r) => r.variant)])].sort();
  const outcomes: VariantOutcome[] = names.map((name) => {
    const r = byVariant.get(name);
    const uses = r?.uses ?? 0;
    const rate = (n: number | undefined) => (uses ? (n ?? 0) / uses : null);
    return {
      variant: name,
      trafficShare: variants.find((v) => v.variant === name)?.traffic_share ?? 0,
      uses,
      reopenRate: rate(r?.reopened),
      buyerReplyRate: rate(r?.buyer_replied),
      solvedRate: rate(r?.solved),
      medianMinutesToSolve: r?.median_minutes ?? null,
      csat: null,
    };
  });
  const [a, b] = [...outcomes].sort((x, y) => y.uses - x.uses);
  const compare = (metric: Comparison['metric'], pick: (r: (typeof rows)[number] | undefined) => number): Comparison => {
    if (!a || !b) return { metric, pValue: null, winner: null, verdict: 'not_enough_data' };
    const result = compareRates(
      { variant: a.variant, successes: pick(byVariant.get(a.variant)), total: a.uses },
      { variant: b.variant, successes: pick(byVariant.get(b.variant)), total: b.uses },
    );
    return { metric, ...result };
  };
  const comparisons = [compare('reopen_rate', (r) => r?.reopened ?? 0), compare('buyer_reply_rate', (r) => r?.buyer_replied ?? 0)];
  return { language, brandId, variants: outcomes, comparison: comparisons[0]!, comparisons };
}

/** Remembers which template variant a sent reply came from: the A/B outcomes are measured from here. */
export async function recordTemplateUse(
  db: Db,
  workspaceId: string,
  use: { templateId: string; variantId: string | null; ticketId: number; messageId: number; language: string | null },
): Promise<void> {
  const variant = use.variantId
    ? await db.selectFrom('reply_template_variants').select(['variant', 'language']).where('id', '=', use.variantId).where('template_id', '=', use.templateId).executeTakeFirst()
    : undefined;
  const template = await db.selectFrom('reply_templates').select('source_language').where('id', '=', use.templateId).where('workspace_id', '=', workspaceId).executeTakeFirst();
  if (!template) return;
  await db
    .insertInto('reply_template_uses')
    .values({
      workspace_id: workspaceId,
      template_id: use.templateId,
      variant_id: variant ? use.variantId : null,
      variant: variant?.variant ?? 'A',
      language: variant?.language ?? use.language ?? template.source_language,
      ticket_id: use.ticketId,
      message_id: use.messageId,
    })
    .execute();
}
