import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { DEFAULT_CAPACITY, type LanguageSkill } from './routing.types.js';

/** What each demo agent (src/modules/demo/demo.seed.ts) speaks and handles. */
const DEMO_PROFILES: Record<string, { languages: LanguageSkill[]; intents: string[]; markets: string[]; capacity?: Partial<typeof DEFAULT_CAPACITY> }> = {
  'li.wei@demo.meridian.test': {
    languages: [{ code: 'zh', proficiency: 5 }, { code: 'en', proficiency: 4 }, { code: 'es', proficiency: 2 }],
    intents: ['shipping.track', 'shipping.delay', 'order.status'],
    markets: [],
    capacity: { chat: 3, email: 25 },
  },
  'zhang.min@demo.meridian.test': {
    languages: [{ code: 'zh', proficiency: 5 }, { code: 'en', proficiency: 4 }, { code: 'de', proficiency: 4 }, { code: 'nl', proficiency: 3 }],
    intents: [],
    markets: ['DE', 'AT', 'CH', 'NL', 'BE'],
  },
  'chen.jing@demo.meridian.test': {
    languages: [{ code: 'zh', proficiency: 5 }, { code: 'en', proficiency: 5 }, { code: 'fr', proficiency: 3 }, { code: 'ja', proficiency: 3 }],
    intents: ['item.damaged', 'complaint', 'return.request'],
    markets: [],
    capacity: { email: 15 },
  },
};

/**
 * Routing for the demo workspace: the demo agents' languages, skills and capacity, online now;
 * a default least-loaded queue for the support team, a VIP queue, and a "Europe desk" that a
 * rule fills with German, Austrian, Swiss, Dutch and Belgian buyers (Zhang Min covers those
 * markets). Tickets already in the demo stay as they are; new ones are routed.
 */
export async function seedDemoRouting(db: Kysely<Database>, workspaceId: string, now = new Date()): Promise<void> {
  const agents = await db.selectFrom('agents').select(['id', 'email']).where('workspace_id', '=', workspaceId).execute();
  for (const agent of agents) {
    const profile = DEMO_PROFILES[agent.email];
    if (!profile) continue;
    const row = {
      languages: JSON.stringify(profile.languages),
      intents: profile.intents,
      markets: profile.markets,
      capacity: JSON.stringify({ ...DEFAULT_CAPACITY, ...profile.capacity }),
      presence: 'online' as const,
      presence_at: now,
      last_seen_at: now,
    };
    await db
      .insertInto('agent_routing')
      .values({ agent_id: agent.id, workspace_id: workspaceId, ...row })
      .onConflict((oc) => oc.column('agent_id').doUpdateSet(row))
      .execute();
  }
  const team = await db.selectFrom('teams').select('id').where('workspace_id', '=', workspaceId).orderBy('created_at').executeTakeFirst();
  const queues = await db
    .insertInto('routing_queues')
    .values([
      { workspace_id: workspaceId, name: 'General', team_id: team?.id ?? null, strategy: 'least_loaded', position: 0 },
      { workspace_id: workspaceId, name: 'Europe desk', team_id: null, strategy: 'least_loaded', position: 1 },
      { workspace_id: workspaceId, name: 'VIP', team_id: team?.id ?? null, strategy: 'least_loaded', vip: true, position: 2 },
    ])
    .onConflict((oc) => oc.columns(['workspace_id', 'name']).doNothing())
    .returning(['id', 'name'])
    .execute();
  const europe = queues.find((q) => q.name === 'Europe desk');
  if (europe) {
    await db
      .insertInto('routing_rules')
      .values({ workspace_id: workspaceId, name: 'German & Dutch-speaking buyers', position: 0, conditions: JSON.stringify({ countries: ['DE', 'AT', 'CH', 'NL', 'BE'] }), queue_id: europe.id })
      .execute();
  }
}
