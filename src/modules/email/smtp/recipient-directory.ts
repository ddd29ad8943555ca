import { sql } from 'kysely';
import type { Db } from '../../database.js';

export interface RecipientMailbox {
  mailboxId: string;
  workspaceId: string;
  brandId: string;
}

/** `support+t12-ab34@shop.example` → `support@shop.example`: plus tags reach the base mailbox. */
export function baseAddress(address: string): string {
  const lower = address.trim().toLowerCase();
  const at = lower.lastIndexOf('@');
  if (at < 0) return lower;
  const local = lower.slice(0, at).split('+')[0]!;
  return `${local}${lower.slice(at)}`;
}

/**
 * Which active mailbox receives mail for an address (its own address or an alias). Looked up
 * once per address for a short while: the listener asks for every RCPT TO of every message.
 */
export class RecipientDirectory {
  private readonly cache = new Map<string, { value: RecipientMailbox | null; until: number }>();

  constructor(
    private readonly db: Db,
    private readonly ttlMs = 30_000,
  ) {}

  async lookup(address: string): Promise<RecipientMailbox | null> {
    const key = baseAddress(address);
    const cached = this.cache.get(key);
    if (cached && cached.until > Date.now()) return cached.value;
    const { rows } = await sql<{ id: string; workspace_id: string; brand_id: string }>`
      select id, workspace_id, brand_id from mailboxes
      where active and (lower(address) = ${key} or ${key} = any(select lower(a) from unnest(aliases) a))
      order by created_at limit 1`.execute(this.db);
    const row = rows[0];
    const value = row ? { mailboxId: row.id, workspaceId: row.workspace_id, brandId: row.brand_id } : null;
    this.cache.set(key, { value, until: Date.now() + this.ttlMs });
    return value;
  }

  forget(): void {
    this.cache.clear();
  }
}
