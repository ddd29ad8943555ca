import { describe, expect, it } from 'vitest';
import { recomputeWorkspaceSla } from '../../src/modules/sla/clocks/recompute-sla.js';
import { refreshTicketSla } from '../../src/modules/sla/clocks/refresh-ticket-sla.js';
import { processDueSlaEvents } from '../../src/modules/sla/ticker/process-due-events.js';
import { createTestDatabase, postgresUnavailableReason } from '../helpers/postgres.js';
import { createTestAgent, createTestApp, createTestBrand, createTestTicket } from '../helpers/test-app.js';

const HOUR = 3_600_000;
const BLOCKED = 'blocked';
const within = <T>(promise: Promise<T>, ms: number) => Promise.race([promise, new Promise<typeof BLOCKED>((resolve) => setTimeout(() => resolve(BLOCKED), ms))]);

/**
 * Concurrent transactions need real connections: these run on their own PostgreSQL database in
 * both test passes (PGlite is one connection, where nothing runs beside anything else).
 */
describe('the SLA ticker and recompute beside ticket changes (PostgreSQL)', async () => {
  const unavailable = await postgresUnavailableReason();
  if (unavailable) console.warn(`SKIPPED SLA lock-order test: ${unavailable}`);

  it.skipIf(unavailable)('a ticket being changed is skipped by the ticker, not waited for, and handled on the next tick; a recompute waits its turn', async () => {
    const pg = await createTestDatabase();
    const t = await createTestApp({ DATABASE_URL: pg.url });
    let release = () => {};
    try {
      const admin = await createTestAgent(t, 'admin', 'senior');
      const brandId = await createTestBrand(admin.api);
      // P1 is 30 business minutes; with no calendar the workspace is always open: long overdue.
      const ticket = await createTestTicket(admin.api, brandId, { priority: 'P1', message: { text: 'Where is my parcel?', createdAt: new Date(Date.now() - 2 * HOUR).toISOString() } });
      const db = t.runtime.db;

      // An agent's change holds the ticket row, then (as every change does) refreshes its clocks.
      const released = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const change = db.transaction().execute(async (trx) => {
        await trx.updateTable('tickets').set({ updated_at: new Date() }).where('id', '=', ticket.id).execute();
        locked();
        await released;
        await refreshTicketSla(trx, t.workspaceId, ticket.id, new Date());
      });
      await isLocked;

      const busy = await within(processDueSlaEvents(db, new Date()), 10_000);
      expect(busy).not.toBe(BLOCKED);
      expect(busy === BLOCKED ? null : busy.events).toEqual([]);
      // A workspace recompute queues behind the change instead of deadlocking with it.
      const recompute = recomputeWorkspaceSla(db, t.workspaceId);
      release();
      await change;
      await recompute;

      const next = await processDueSlaEvents(db, new Date());
      expect(next.events.filter((e) => e.ticketId === ticket.id).map((e) => e.event)).toContain('breach');
      const detail = (await admin.api.get(`/api/tickets/${ticket.id}`)).body;
      expect(detail.sla.state).toBe('breached');
    } finally {
      release(); // on failure too: a blocked ticker must not keep the pool from closing
      await t.close();
      await pg.drop();
    }
  }, 60_000);
});
