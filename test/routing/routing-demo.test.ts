import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoWorkspace } from '../../src/modules/demo/demo.seed.js';
import { loadConfig } from '../../src/platform/config.js';
import { openRuntime, type Runtime } from '../../src/runtime/runtime.js';
import { routeTicket } from '../../src/modules/routing/route-ticket.js';
import { seedDemoRouting } from '../../src/modules/routing/routing.demo.js';
import { listAgentRouting } from '../../src/modules/routing/agent-routing.service.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

let runtime: Runtime;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'meridian-routing-demo-'));
  runtime = await openRuntime(loadConfig({ MERIDIAN_DATA_DIR: dir, MERIDIAN_DEMO: 'false', MERIDIAN_JOB_CONCURRENCY: '0', LOG_LEVEL: 'silent' }), { inMemory: true });
});
afterAll(async () => {
  await runtime?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('demo routing', () => {
  it('gives the demo agents skills and presence, queues and a rule that sends German buyers to the Europe desk', async () => {
    const { workspaceId } = await seedDemoWorkspace(runtime.db);
    await seedDemoRouting(runtime.db, workspaceId);
    const agents = await listAgentRouting(runtime.db, workspaceId);
    expect(agents.map((a) => [a.name, a.presence])).toEqual([['Chen Jing', 'online'], ['Li Wei', 'online'], ['Zhang Min', 'online']]);
    expect(agents.find((a) => a.name === 'Zhang Min')!.skills.markets).toContain('DE');

    const german = await runtime.db
      .selectFrom('tickets')
      .innerJoin('customers', 'customers.id', 'tickets.customer_id')
      .select('tickets.id')
      .where('tickets.workspace_id', '=', workspaceId)
      .where('customers.country', '=', 'DE')
      .executeTakeFirstOrThrow();
    await runtime.db.updateTable('tickets').set({ assignee_id: null, status: 'open' }).where('id', '=', german.id).execute();
    const routed = await runtime.db.transaction().execute((trx) => routeTicket(trx, workspaceId, german.id, { reason: 'demo' }));
    const europe = await runtime.db.selectFrom('routing_queues').select('id').where('workspace_id', '=', workspaceId).where('name', '=', 'Europe desk').executeTakeFirstOrThrow();
    expect(routed.queueId).toBe(europe.id);
    expect(routed.agentId).toBe(agents.find((a) => a.name === 'Zhang Min')!.agentId);
  });
});
