import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { sql, type Kysely } from 'kysely';

/** A table in the backup, in an order where every foreign key points backwards. */
export interface BackupTable {
  name: string;
  /** Key for keyset paging; tables without one are small and read whole. */
  orderBy: string;
  /** Identity column whose sequence is moved past the restored rows. */
  identity?: string;
}

const FORMAT = 'meridian-backup';
const FORMAT_VERSION = 1;
const BATCH = 2000;

/**
 * Writes every row as JSON (`row_to_json`), one line per row, gzip-compressed. The same SQL
 * reads it back on PGlite and on PostgreSQL, so a backup moves between the two backends.
 */
export async function writeBackup(db: Kysely<any>, tables: BackupTable[], schemaVersion: string, file: string, onRows?: (table: string, n: number) => void): Promise<number> {
  let total = 0;
  async function* lines(): AsyncGenerator<string> {
    yield JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, schemaVersion, createdAt: new Date().toISOString() }) + '\n';
    for (const table of tables) {
      let after: unknown = null;
      for (;;) {
        const paged = table.orderBy === 'id';
        const where = paged && after !== null ? sql`where id > ${after}` : sql``;
        const rows = await sql<{ row: Record<string, unknown> }>`
          select row_to_json(t) as row from ${sql.table(table.name)} t ${where}
          order by ${sql.raw(table.orderBy)} ${paged ? sql`limit ${BATCH}` : sql``}`.execute(db);
        for (const { row } of rows.rows) yield JSON.stringify({ t: table.name, r: row }) + '\n';
        total += rows.rows.length;
        onRows?.(table.name, rows.rows.length);
        if (!paged || rows.rows.length < BATCH) break;
        after = rows.rows.at(-1)!.row.id;
      }
    }
  }
  await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file));
  return total;
}

export class BackupError extends Error {}

/** Loads a backup into an empty, migrated database in one transaction. */
export async function restoreBackup(db: Kysely<any>, tables: BackupTable[], schemaVersion: string, file: string, onRows?: (table: string, n: number) => void): Promise<number> {
  const known = new Map(tables.map((t) => [t.name, t]));
  return db.transaction().execute(async (trx) => {
    for (const table of tables) {
      const any = await sql`select 1 from ${sql.table(table.name)} limit 1`.execute(trx);
      if (any.rows.length) throw new BackupError(`Restore needs an empty database, but ${table.name} has rows.`);
    }
    let sawHeader = false;
    let total = 0;
    let batch: { t: string; r: unknown }[] = [];
    const flush = async () => {
      if (!batch.length) return;
      const name = batch[0]!.t;
      await sql`insert into ${sql.table(name)} select * from json_populate_recordset(null::${sql.table(name)}, ${JSON.stringify(batch.map((b) => b.r))}::json)`.execute(trx);
      onRows?.(name, batch.length);
      total += batch.length;
      batch = [];
    };
    // Opened only now: readline drops lines that arrive before iteration starts.
    const input = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    let lineNumber = 0;
    const lines = (async function* () {
      try {
        yield* input;
      } catch (error) {
        throw new BackupError(`${file} is not a readable Meridian backup (${(error as Error).message}).`);
      }
    })();
    for await (const line of lines) {
      lineNumber++;
      if (!line.trim()) continue;
      let entry: { t: string; r: unknown };
      try {
        entry = JSON.parse(line) as { t: string; r: unknown };
      } catch {
        throw new BackupError(`${file}:${lineNumber} is not valid JSON; the backup is damaged.`);
      }
      if (!sawHeader) {
        sawHeader = true;
        const header = entry as unknown as { format?: string; schemaVersion?: string };
        if (header.format !== FORMAT) throw new BackupError('This file is not a Meridian backup.');
        if (header.schemaVersion !== schemaVersion) {
          throw new BackupError(`The backup is of schema ${header.schemaVersion}; this Meridian has ${schemaVersion}. Restore with the matching version.`);
        }
        continue;
      }
      if (!known.has(entry.t)) throw new BackupError(`Unknown table ${entry.t} in the backup.`);
      if (batch.length && (batch[0]!.t !== entry.t || batch.length >= 500)) await flush();
      batch.push(entry);
    }
    await flush();
    if (!sawHeader) throw new BackupError('The backup file is empty.');
    for (const table of tables) {
      if (!table.identity) continue;
      await sql`select setval(pg_get_serial_sequence(${table.name}, ${table.identity}),
        coalesce((select max(${sql.ref(table.identity)}) from ${sql.table(table.name)}), 0) + 1, false)`.execute(trx);
    }
    return total;
  });
}
