import type { Db } from '../database.js';
import type { ImportRecordInput } from './ticket-import.schemas.js';

/**
 * Streams the workspace's tickets in the import format, oldest first, in batches, so an export
 * can be imported into another Meridian (or the same one: refs make it idempotent).
 */
export async function* exportTickets(db: Db, workspaceId: string, batchSize = 500): AsyncGenerator<ImportRecordInput> {
  const [brands, agents] = await Promise.all([
    db.selectFrom('brands').select(['id', 'name']).where('workspace_id', '=', workspaceId).execute(),
    db.selectFrom('agents').select(['id', 'email']).where('workspace_id', '=', workspaceId).execute(),
  ]);
  const brandName = new Map(brands.map((b) => [b.id, b.name]));
  const agentEmail = new Map(agents.map((a) => [a.id, a.email]));
  for (let afterId = 0; ; ) {
    const tickets = await db
      .selectFrom('tickets')
      .innerJoin('customers', 'customers.id', 'tickets.customer_id')
      .select([
        'tickets.id', 'tickets.brand_id', 'tickets.channel', 'tickets.subject', 'tickets.status', 'tickets.priority',
        'tickets.tags', 'tickets.intent', 'tickets.language', 'tickets.marketplace', 'tickets.custom_fields',
        'tickets.assignee_id', 'tickets.created_at', 'tickets.solved_at', 'tickets.customer_id',
        'customers.name as customer_name', 'customers.country', 'customers.language as customer_language', 'customers.timezone',
      ])
      .where('tickets.workspace_id', '=', workspaceId)
      .where('tickets.merged_into_id', 'is', null)
      .where('tickets.id', '>', afterId)
      .orderBy('tickets.id')
      .limit(batchSize)
      .execute();
    if (tickets.length === 0) return;
    const ids = tickets.map((t) => t.id);
    const [messages, identities] = await Promise.all([
      db.selectFrom('messages').selectAll().where('ticket_id', 'in', ids).orderBy('created_at').orderBy('id').execute(),
      db.selectFrom('customer_identities').select(['customer_id', 'kind', 'value']).where('customer_id', 'in', tickets.map((t) => t.customer_id)).execute(),
    ]);
    for (const t of tickets) {
      const own = identities.filter((i) => i.customer_id === t.customer_id);
      const identity = (kind: string) => own.find((i) => i.kind === kind)?.value;
      const email = identity('email');
      const phone = identity('phone');
      const alias = identity('marketplace_alias');
      const { importedRef, ...customFields } = t.custom_fields as Record<string, string | number | boolean | null>;
      yield {
        ref: typeof importedRef === 'string' ? importedRef : `meridian:${t.id}`,
        brand: brandName.get(t.brand_id) ?? t.brand_id,
        channel: t.channel,
        subject: t.subject,
        status: t.status,
        priority: t.priority,
        tags: t.tags,
        intent: t.intent,
        language: t.language,
        marketplace: t.marketplace,
        customFields,
        assignee: t.assignee_id ? (agentEmail.get(t.assignee_id) ?? null) : null,
        createdAt: t.created_at.toISOString(),
        solvedAt: t.solved_at?.toISOString() ?? null,
        customer: {
          ...(email ? { email } : {}),
          ...(phone ? { phone } : {}),
          ...(alias ? { marketplaceAlias: alias } : {}),
          ...(!email && !phone && !alias ? { email: `anonymized+${t.customer_id}@invalid.example` } : {}),
          name: t.customer_name,
          ...(t.country ? { country: t.country } : {}),
          ...(t.customer_language ? { language: t.customer_language } : {}),
          ...(t.timezone ? { timezone: t.timezone } : {}),
        },
        messages: messages
          .filter((m) => m.ticket_id === t.id)
          .map((m) => ({
            direction: m.direction,
            text: m.body_text,
            html: m.body_html,
            createdAt: m.created_at.toISOString(),
            author: m.author_agent_id ? (agentEmail.get(m.author_agent_id) ?? null) : null,
            externalId: m.external_id?.startsWith('import:') ? null : m.external_id,
          })),
      };
    }
    afterId = ids.at(-1)!;
  }
}
