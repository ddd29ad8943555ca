import { sql, type Kysely } from 'kysely';
import type { Principal } from '../auth/principal.js';
import type { Database, Db } from '../database.js';
import { createTemplate, saveVariant } from '../replies/templates/template.service.js';
import type { AutomationAction } from './actions/action.schema.js';
import { forgetRules } from './automation-rules.js';
import type { Condition } from './conditions/condition.schema.js';
import type { RuleTrigger } from './rule-trigger.js';

const REMINDER_KEY = 'custom.pending-reminder';
const CLOSED_KEY = 'custom.pending-closed';

/** The buyer-facing texts of the pending rules: no greeting or sign-off (the locale pack adds them). */
const TEMPLATES = [
  {
    key: REMINDER_KEY,
    name: 'Pending: reminder after 3 days',
    variants: {
      en: ['Your request: we are waiting for your reply', 'We are still waiting for your answer to our last message. As soon as you reply, we will continue with your request.'],
      zh: ['您的咨询：等待您的回复', '我们仍在等待您对上一封邮件的答复。收到您的回复后，我们会立即继续为您处理。'],
      de: ['Ihre Anfrage: Wir warten auf Ihre Antwort', 'Wir warten noch auf Ihre Antwort auf unsere letzte Nachricht. Sobald Sie antworten, kümmern wir uns sofort weiter um Ihr Anliegen.'],
    },
  },
  {
    key: CLOSED_KEY,
    name: 'Pending: closed after 7 days',
    variants: {
      en: ['Your request has been closed', 'As we have not heard back from you, we have closed this request for now. If you still need help, simply reply to this message and it will open again.'],
      zh: ['您的咨询已关闭', '由于一直没有收到您的回复，我们暂时关闭了这个咨询。如仍需帮助，直接回复本邮件即可重新开启。'],
      de: ['Ihre Anfrage wurde geschlossen', 'Da wir nichts mehr von Ihnen gehört haben, haben wir diese Anfrage vorerst geschlossen. Wenn Sie weiterhin Hilfe brauchen, antworten Sie einfach auf diese Nachricht.'],
    },
  },
] as const;

interface DemoRule {
  name: string;
  trigger: RuleTrigger;
  conditions: Condition;
  actions: AutomationAction[];
  /** Off when what it names (a queue, a policy) is missing in this workspace. */
  enabled: boolean;
}

async function findByName(db: Db, table: 'routing_queues' | 'sla_policies', workspaceId: string, patterns: string[]): Promise<string | null> {
  const { rows } = await sql<{ t: string | null }>`select to_regclass(${table})::text as t`.execute(db);
  if (!rows[0]?.t) return null;
  for (const pattern of patterns) {
    const found = await sql<{ id: string }>`select id from ${sql.table(table)} where workspace_id = ${workspaceId} and name ilike ${pattern} order by position limit 1`.execute(db);
    if (found.rows[0]) return found.rows[0].id;
  }
  return null;
}

/**
 * The four example rules of the spec, for the demo workspace (run after the routing and SLA demo
 * seeds, whose queues and policies they look up by name). Pending reminders are always on; a rule
 * whose queue or policy is missing is stored switched off. Does nothing when the workspace has rules.
 * Takes the database, not a transaction (the template service opens its own).
 */
export async function seedDemoAutomation(db: Kysely<Database>, workspaceId: string): Promise<void> {
  const existing = await db.selectFrom('automation_rules').select('id').where('workspace_id', '=', workspaceId).limit(1).executeTakeFirst();
  if (existing) return;
  const admin = await db
    .selectFrom('agents')
    .select(['id', 'email', 'name', 'role', 'level'])
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'admin')
    .where('active', '=', true)
    .orderBy('created_at')
    .executeTakeFirst();
  if (admin) await seedTemplates(db, { agentId: admin.id, workspaceId, email: admin.email, name: admin.name, role: admin.role, level: admin.level, brandIds: [], via: 'session' });
  const hasTemplates = admin !== undefined;

  const humanQueue = await findByName(db, 'routing_queues', workspaceId, ['%human%', '%general%', '%support%', '%']);
  const seniorQueue = await findByName(db, 'routing_queues', workspaceId, ['%senior%', '%escalat%', '%vip%']);
  const amazonPolicy = await findByName(db, 'sla_policies', workspaceId, ['%amazon%']);
  const placeholder = '00000000-0000-4000-8000-000000000000';

  const rules: DemoRule[] = [
    {
      name: 'Asked about tracking twice → human queue, priority up',
      trigger: 'customer.replied',
      conditions: { field: 'count.buyerMessagesWithIntent.shipping.track', op: 'gte', value: 2 },
      actions: [{ type: 'route', ...(humanQueue ? { queueId: humanQueue } : {}) }, { type: 'set_priority', value: 'up' }],
      enabled: humanQueue !== null,
    },
    {
      name: 'Amazon message → Amazon SLA',
      trigger: 'ticket.created',
      conditions: { field: 'marketplace', op: 'eq', value: 'amazon' },
      actions: [{ type: 'set_sla_policy', policyId: amazonPolicy ?? placeholder }],
      enabled: amazonPolicy !== null,
    },
    {
      name: 'Mentions chargeback → P1 + senior queue',
      trigger: 'ticket.created',
      conditions: { any: [{ field: 'risk', op: 'contains', value: 'chargeback' }, { field: 'message.text', op: 'matches', value: ['chargeback', 'rückbuchung', '拒付'] }] },
      actions: [{ type: 'set_priority', value: 'P1' }, { type: 'route', ...(seniorQueue ? { queueId: seniorQueue } : {}) }],
      enabled: seniorQueue !== null,
    },
    {
      name: 'Pending 3 days → reminder',
      trigger: 'schedule',
      conditions: { all: [{ field: 'status', op: 'eq', value: 'pending' }, { field: 'hoursInStatus', op: 'gte', value: 72 }, { field: 'hoursInStatus', op: 'lt', value: 168 }] },
      actions: [{ type: 'send_template', templateKey: hasTemplates ? REMINDER_KEY : 'service.interim_update' }],
      enabled: true,
    },
    {
      name: 'Pending 7 days → solved with a notice',
      trigger: 'schedule',
      conditions: { all: [{ field: 'status', op: 'eq', value: 'pending' }, { field: 'hoursInStatus', op: 'gte', value: 168 }] },
      actions: [...(hasTemplates ? [{ type: 'send_template' as const, templateKey: CLOSED_KEY }] : []), { type: 'set_status', value: 'solved' }],
      enabled: true,
    },
  ];
  for (const [position, rule] of rules.entries()) {
    await db
      .insertInto('automation_rules')
      .values({
        workspace_id: workspaceId,
        name: rule.name,
        position,
        enabled: rule.enabled,
        trigger: rule.trigger,
        conditions: JSON.stringify(rule.conditions),
        actions: JSON.stringify(rule.actions),
        created_by: admin?.id ?? null,
      })
      .execute();
  }
  forgetRules(workspaceId);
}

async function seedTemplates(db: Kysely<Database>, principal: Principal): Promise<void> {
  for (const template of TEMPLATES) {
    const found = await db.selectFrom('reply_templates').select('id').where('workspace_id', '=', principal.workspaceId).where('key', '=', template.key).executeTakeFirst();
    if (found) continue;
    const [subject, body] = template.variants.en;
    const created = await createTemplate(db, principal, { key: template.key, name: template.name, sourceLanguage: 'en', subject, body });
    for (const language of ['zh', 'de'] as const) {
      const [s, b] = template.variants[language];
      await saveVariant(db, principal, created.id, { language, brandId: null, variant: 'A', trafficShare: 100, subject: s, body: b });
    }
  }
}
