import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DatabaseHandle } from '../../../platform/db/database.js';
import type { AttachmentStore } from '../../../platform/files/attachment-store.js';
import type { Database } from '../../database.js';
import { INBOUND_CHANNEL } from './ingest.js';
import { processInboundEmail, type ClaimedInbound, type InboundLimits, type InboundResult } from './process-inbound.js';

export interface InboundProcessorOptions {
  limits: InboundLimits;
  /** Messages filed at once; more than one only helps on PostgreSQL (PGlite has one connection). */
  concurrency: number;
  batchSize?: number;
  /** A claimed message not finished within this time is taken over by another process. */
  leaseMs?: number;
  pollMs?: number;
  onResult?: (result: InboundResult) => void;
  onError?: (error: unknown) => void;
}

/**
 * Turns stored raw messages into tickets, in every process that runs it: rows are claimed with
 * SKIP LOCKED, so processes share the backlog, and a row claimed by a process that died is
 * claimed again when its lease runs out.
 */
export class InboundProcessor {
  readonly id = `inbound-${process.pid}-${randomUUID().slice(0, 8)}`;
  private stopped = true;
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private unlisten: (() => Promise<void>) | undefined;

  constructor(
    private readonly database: DatabaseHandle<Database>,
    private readonly store: AttachmentStore,
    private readonly options: InboundProcessorOptions,
  ) {}

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    // The embedded database has one process at a time: whatever is marked in progress was left
    // by a process that died, and need not wait for its lease to run out.
    if (this.database.kind === 'pglite') {
      await this.database.db.updateTable('inbound_emails').set({ status: 'received', locked_by: null, locked_until: null }).where('status', '=', 'processing').execute();
    }
    this.unlisten = await this.database.listen(INBOUND_CHANNEL, () => this.wake());
    this.tick();
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.unlisten?.();
    await this.running;
  }

  /** Files everything waiting now and resolves when nothing is left (tests, benchmarks, CLI). */
  async drain(): Promise<void> {
    while ((await this.runBatch()) > 0);
  }

  private tick(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.wake();
      this.tick();
    }, this.options.pollMs ?? 2000);
    this.timer.unref();
  }

  private wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          while (!this.stopped && (await this.runBatch()) > 0);
        } while (this.again && !this.stopped);
      } catch (error) {
        this.options.onError?.(error);
      } finally {
        this.running = null;
      }
    })();
  }

  /** Claims and files one batch; returns how many rows it claimed. */
  private async runBatch(): Promise<number> {
    const leaseMs = this.options.leaseMs ?? 30_000;
    const rows = await claimInbound(this.database.db, this.id, this.options.batchSize ?? 50, leaseMs);
    if (rows.length === 0) return 0;
    // A long batch keeps its claim; a dead process's claim runs out within one lease.
    const heartbeat = setInterval(() => void extendInboundLease(this.database.db, this.id, leaseMs).catch(() => {}), leaseMs / 3);
    heartbeat.unref();
    let next = 0;
    const lane = async () => {
      while (next < rows.length) {
        const row = rows[next++]!;
        const result = await processInboundEmail(this.database.db, this.store, this.options.limits, row);
        this.options.onResult?.(result);
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.max(1, this.options.concurrency) }, lane));
    } finally {
      clearInterval(heartbeat);
    }
    return rows.length;
  }
}

async function extendInboundLease(db: Kysely<Database>, workerId: string, leaseMs: number): Promise<void> {
  await sql`update inbound_emails set locked_until = now() + make_interval(secs => ${leaseMs / 1000})
    where locked_by = ${workerId} and status = 'processing'`.execute(db);
}

/** Due rows: new ones, and ones whose claim expired (their process died mid-way). */
export async function claimInbound(db: Kysely<Database>, workerId: string, limit: number, leaseMs: number): Promise<ClaimedInbound[]> {
  const { rows } = await sql<Omit<ClaimedInbound, 'raw'> & { raw_base64: string }>`
    update inbound_emails set status = 'processing', locked_by = ${workerId}, attempts = attempts + 1,
      locked_until = now() + make_interval(secs => ${leaseMs / 1000})
    where id in (
      select id from inbound_emails
      where status = 'received' or (status = 'processing' and locked_until < now())
      order by id limit ${limit}
      for update skip locked
    )
    returning id, workspace_id, brand_id, encode(raw, 'base64') as raw_base64, received_at, attempts`.execute(db);
  // base64 rather than bytea: see ingest.ts.
  return rows
    .map(({ raw_base64, ...r }) => ({ ...r, id: Number(r.id), raw: Buffer.from(raw_base64, 'base64') }))
    .sort((a, b) => a.id - b.id);
}
