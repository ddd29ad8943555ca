import { readFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import { createAgent } from '../agents/agent.service.js';
import type { Level, Role } from '../agents/agent.table.js';
import { s10CheckDigit } from '../triage/entities/check-digits.js';
import { convert, DEFAULT_USD_RATES } from '../replies/fx-rates.js';
import type { Database } from '../database.js';
import { createWorkspace } from '../workspaces/workspace.service.js';
import { importTicket, loadImportCache } from '../tickets/ticket-import.service.js';

export interface DemoLogin {
  email: string;
  password: string;
  description: string;
}

/** The demo password is printed at start and shown on the demo login screen only. */
export const DEMO_PASSWORD = 'meridian-demo';

const DEMO_AGENTS: { key: Level; email: string; name: string; role: Role; locale: 'en' | 'zh-CN' }[] = [
  { key: 'junior', email: 'li.wei@demo.meridian.test', name: 'Li Wei', role: 'agent', locale: 'zh-CN' },
  { key: 'intermediate', email: 'zhang.min@demo.meridian.test', name: 'Zhang Min', role: 'lead', locale: 'zh-CN' },
  { key: 'senior', email: 'chen.jing@demo.meridian.test', name: 'Chen Jing', role: 'admin', locale: 'en' },
];

interface DemoTicket {
  brand: 'shopify' | 'amazon';
  channel: string;
  customer: { name: string; firstName?: string; lastName?: string; email: string; country: string; language: string; timezone: string; title?: string | null };
  subject: string;
  status: string;
  priority: string;
  intent: string;
  language: string;
  tags: string[];
  assignee: Level | null;
  messages: { direction: string; author: 'customer' | Level; text: string; minutesAgo: number }[];
}

/** Creates the demo workspace: two brands, a team, three agents, 50 tickets from buyers worldwide. */
export async function seedDemoWorkspace(db: Kysely<Database>, now = new Date()): Promise<{ workspaceId: string; logins: DemoLogin[] }> {
  const tickets = JSON.parse(await readFile(new URL('./demo-tickets.json', import.meta.url), 'utf8')) as DemoTicket[];
  return db.transaction().execute(async (trx) => {
    const workspaceId = await createWorkspace(trx, { name: 'Lumen & Loom (demo)', baseCurrency: 'USD', timezone: 'Asia/Shanghai', isDemo: true });
    const brandNames = { shopify: 'Lumen & Loom Store', amazon: 'Lumen & Loom Amazon EU' } as const;
    await trx
      .insertInto('brands')
      .values([
        { workspace_id: workspaceId, name: brandNames.shopify, kind: 'shopify', support_email: 'support@lumenloom.example', settings: '{}' },
        { workspace_id: workspaceId, name: brandNames.amazon, kind: 'amazon', marketplace_region: 'EU', settings: '{}' },
      ])
      .execute();
    const team = await trx
      .insertInto('teams')
      .values({ workspace_id: workspaceId, name: 'Shenzhen support', description: 'Day and evening shifts covering Europe and the Americas', timezone: 'Asia/Shanghai' })
      .returning('id')
      .executeTakeFirstOrThrow();

    const agentEmail: Record<Level, string> = { junior: '', intermediate: '', senior: '' };
    for (const a of DEMO_AGENTS) {
      const agent = await createAgent(trx, workspaceId, {
        email: a.email, name: a.name, role: a.role, level: a.key, password: DEMO_PASSWORD, locale: a.locale, timezone: 'Asia/Shanghai', teamIds: [team.id],
      });
      agentEmail[a.key] = agent.email;
    }

    const cache = await loadImportCache(trx, workspaceId);
    const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();
    for (const [i, t] of tickets.entries()) {
      const outcome = await importTicket(trx, workspaceId, {
        ref: `demo-${i + 1}`,
        brand: brandNames[t.brand],
        channel: t.channel,
        subject: t.subject,
        status: t.status,
        priority: t.priority,
        tags: t.tags,
        intent: t.intent,
        language: t.language,
        marketplace: t.brand === 'amazon' ? 'amazon' : null,
        order: demoOrder(t, i),
        assignee: t.assignee ? agentEmail[t.assignee] : null,
        customer: {
          ...(t.customer.email.includes('@marketplace.amazon.') ? { marketplaceAlias: t.customer.email } : { email: t.customer.email }),
          name: t.customer.name,
          country: t.customer.country,
          language: t.customer.language,
          timezone: t.customer.timezone,
        },
        messages: t.messages.map((m) => ({
          direction: m.direction,
          text: m.text,
          createdAt: minutesAgo(m.minutesAgo),
          author: m.author === 'customer' ? null : agentEmail[m.author],
        })),
      }, cache);
      if (outcome.status === 'failed') throw new Error(`Demo ticket ${i + 1} is invalid: ${outcome.reason}`);
    }
    await setCustomerDetails(trx, workspaceId, tickets);
    return {
      workspaceId,
      logins: DEMO_AGENTS.map((a) => ({ email: a.email, password: DEMO_PASSWORD, description: `${a.name}, ${a.key}, ${a.role}` })),
    };
  });
}

/** Titles and first/last names, which the import format does not carry. */
async function setCustomerDetails(db: Kysely<Database>, workspaceId: string, tickets: DemoTicket[]): Promise<void> {
  for (const t of tickets) {
    const identity = await db
      .selectFrom('customer_identities')
      .select('customer_id')
      .where('workspace_id', '=', workspaceId)
      .where('value', '=', t.customer.email.toLowerCase())
      .executeTakeFirst();
    if (!identity) continue;
    await db
      .updateTable('customers')
      .set({ first_name: t.customer.firstName ?? null, last_name: t.customer.lastName ?? null, title: t.customer.title ?? null })
      .where('id', '=', identity.customer_id)
      .execute();
  }
}

/** Demo sign-ins that still work as seeded: the agent exists, is active and sits in a demo workspace. */
export async function listDemoLogins(db: Kysely<Database>): Promise<{ email: string; password: string; name: string; role: string }[]> {
  const rows = await db
    .selectFrom('agents')
    .innerJoin('workspaces', 'workspaces.id', 'agents.workspace_id')
    .select(['agents.email', 'agents.name', 'agents.role'])
    .where('workspaces.is_demo', '=', true)
    .where('agents.active', '=', true)
    .where('agents.email', 'in', DEMO_AGENTS.map((a) => a.email))
    .execute();
  return DEMO_AGENTS.flatMap((a) => {
    const row = rows.find((r) => r.email === a.email);
    return row ? [{ email: row.email, password: DEMO_PASSWORD, name: row.name, role: row.role }] : [];
  });
}

const PRODUCTS = [
  { title: 'Arc desk lamp, brass', sku: 'LL-ARC-BR', price: 59 },
  { title: 'Linen duvet cover 200×220, sage', sku: 'LL-DUV-SG', price: 89 },
  { title: 'Rattan pendant shade 45 cm', sku: 'LL-RTN-45', price: 74 },
  { title: 'Wool throw, oatmeal', sku: 'LL-THR-OT', price: 65 },
];
const CURRENCY_BY_COUNTRY: Record<string, string> = {
  US: 'USD', CA: 'CAD', GB: 'GBP', AU: 'AUD', JP: 'JPY', CN: 'CNY', KR: 'KRW', BR: 'BRL', MX: 'MXN', SE: 'SEK', DK: 'DKK',
  NO: 'NOK', PL: 'PLN', CZ: 'CZK', TR: 'TRY', SA: 'SAR', AE: 'AED', IL: 'ILS', TH: 'THB', VN: 'VND', ID: 'IDR', MY: 'MYR', RU: 'RUB', UA: 'UAH',
};
const TRACKING_STATUS: Record<string, 'in_transit' | 'delivered' | 'customs_held'> = {
  'shipping.track': 'in_transit', 'shipping.delay': 'in_transit', 'shipping.not_received': 'delivered', 'shipping.customs': 'customs_held',
  'item.damaged': 'delivered', 'item.wrong': 'delivered', 'return.request': 'delivered',
};

/**
 * The order a demo ticket is about, when its buyer names one: a product of the demo shop priced
 * in the buyer's currency, shipped (with a China Post number that passes its check digit) for
 * tickets about delivery or the item, unshipped for "where is my order" before dispatch.
 */
function demoOrder(t: DemoTicket, i: number) {
  const text = [t.subject, ...t.messages.map((m) => m.text)].join(' ');
  const number = /\b\d{3}-\d{7}-\d{7}\b/.exec(text)?.[0] ?? /#\d{4,6}\b/.exec(text)?.[0];
  if (!number) return null;
  const product = PRODUCTS[i % PRODUCTS.length]!;
  const currency = CURRENCY_BY_COUNTRY[t.customer.country] ?? 'EUR';
  const converted = convert(product.price, 'USD', currency, DEFAULT_USD_RATES) ?? product.price;
  const total = converted >= 1000 ? Math.round(converted) : Math.round(converted * 100) / 100;
  const status = TRACKING_STATUS[t.intent];
  const serial = String(10_000_000 + ((i * 7_919_113) % 89_999_999)).slice(0, 8);
  const trackingNumber = `LX${serial}${s10CheckDigit(serial)}CN`;
  return {
    number,
    currency,
    total,
    fulfillment: status ? ('fulfilled' as const) : t.intent === 'order.status' ? ('unfulfilled' as const) : ('fulfilled' as const),
    items: [{ title: product.title, sku: product.sku, quantity: 1, price: total }],
    ...(status
      ? { tracking: { number: trackingNumber, carrier: 'China Post', url: `https://t.17track.net/en#nums=${trackingNumber}`, status } }
      : {}),
  };
}
