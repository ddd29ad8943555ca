import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { exportTickets } from '../modules/tickets/ticket-export.js';
import { importTicket, loadImportCache } from '../modules/tickets/ticket-import.service.js';
import { restoreBackup, writeBackup } from '../platform/db/backup.js';
import { SCHEMA_VERSION } from '../platform/db/migrator.js';
import { BACKUP_TABLES } from '../runtime/backup-tables.js';
import { AppError } from '../shared/errors.js';
import { firstWorkspaceOrThrow } from './admin.commands.js';
import { readCsvTickets } from './csv-tickets.js';
import { withRuntime } from './runtime-for-cli.js';

export function registerDataCommands(program: Command): void {
  program
    .command('import <file>')
    .description('Import tickets with their messages and customers from .json, .jsonl or .csv, keeping timestamps')
    .option('--quiet', 'no progress bar')
    .action(async (file: string, opts: { quiet?: boolean }) => {
      const records = await readRecords(file);
      await withRuntime(async ({ db }) => {
        const workspaceId = await firstWorkspaceOrThrow(db);
        const cache = await loadImportCache(db, workspaceId);
        const bar = opts.quiet || !process.stderr.isTTY ? undefined : new SingleBar({ format: 'import [{bar}] {value}/{total} tickets  {eta_formatted} left' }, Presets.shades_classic);
        bar?.start(records.length, 0);
        const counts = { imported: 0, skipped: 0, failed: 0 };
        for (const [index, record] of records.entries()) {
          const outcome = await importTicket(db, workspaceId, record, cache);
          counts[outcome.status]++;
          if (outcome.status === 'failed') {
            bar?.stop();
            console.error(`record ${index + 1}: ${outcome.reason}`);
            bar?.start(records.length, index + 1);
          }
          bar?.update(index + 1);
        }
        bar?.stop();
        console.log(`Imported ${counts.imported}, skipped ${counts.skipped} already imported, failed ${counts.failed}.`);
        if (counts.failed > 0) process.exitCode = 2;
      });
    });

  program
    .command('export <file>')
    .description('Export all tickets as JSON lines in the import format')
    .action(async (file: string) => {
      await withRuntime(async ({ db }) => {
        const workspaceId = await firstWorkspaceOrThrow(db);
        const out = createWriteStream(file);
        let n = 0;
        for await (const record of exportTickets(db, workspaceId)) {
          if (!out.write(JSON.stringify(record) + '\n')) await once(out, 'drain');
          n++;
        }
        out.end();
        await once(out, 'finish');
        console.log(`Exported ${n} tickets to ${file}.`);
      });
    });

  program
    .command('backup [file]')
    .description('Write a backup (gzip JSON lines) that PGlite and PostgreSQL can both restore')
    .action(async (file?: string) => {
      await withRuntime(async ({ db, config }) => {
        const target = file ?? path.join(config.dataDir, `meridian-backup-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl.gz`);
        const total = await writeBackup(db, BACKUP_TABLES, SCHEMA_VERSION, target);
        console.log(`Backed up ${total} rows to ${target}.`);
      });
    });

  program
    .command('restore <file>')
    .description('Restore a backup into an empty database (run before the first start)')
    .action(async (file: string) => {
      await withRuntime(async ({ db }) => {
        const total = await restoreBackup(db, BACKUP_TABLES, SCHEMA_VERSION, file);
        console.log(`Restored ${total} rows from ${file}.`);
      });
    });
}

async function readRecords(file: string): Promise<unknown[]> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv') return readCsvTickets(file);
  if (ext === '.jsonl' || ext === '.ndjson') {
    const records: unknown[] = [];
    const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      try {
        records.push(JSON.parse(line));
      } catch {
        throw new AppError('validation_failed', `${file}:${n} is not valid JSON.`);
      }
    }
    return records;
  }
  if (ext === '.json') {
    const { readFile } = await import('node:fs/promises');
    let data: unknown;
    try {
      data = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new AppError('validation_failed', `${file} is not valid JSON: ${(error as Error).message}`);
    }
    if (!Array.isArray(data)) throw new AppError('validation_failed', `${file} must hold a JSON array of tickets.`);
    return data;
  }
  throw new AppError('validation_failed', `Cannot import ${ext || 'files without an extension'}: use .json, .jsonl or .csv.`);
}
