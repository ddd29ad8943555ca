import { Migrator, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import * as m0001 from '../../migrations/0001_foundation.js';
import * as m0002 from '../../migrations/0002_saved_views.js';
import * as m0003 from '../../migrations/0003_email.js';
import * as m0004 from '../../migrations/0004_triage.js';
import * as m0005 from '../../migrations/0005_replies.js';
import * as m0006 from '../../migrations/0006_notifications.js';
import * as m0007 from '../../migrations/0007_sla.js';
import * as m0008 from '../../migrations/0008_routing.js';
import * as m0009 from '../../migrations/0009_automation.js';
import * as m0010 from '../../migrations/0010_off_hours.js';

/** Migrations in order; new ones are appended here. */
const MIGRATIONS: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_saved_views': m0002,
  '0003_email': m0003,
  '0004_triage': m0004,
  '0005_replies': m0005,
  '0006_notifications': m0006,
  '0007_sla': m0007,
  '0008_routing': m0008,
  '0009_automation': m0009,
  '0010_off_hours': m0010,
};

/** The schema version a backup records; restore refuses a backup of another version. */
export const SCHEMA_VERSION = Object.keys(MIGRATIONS).at(-1)!;

class StaticMigrationProvider implements MigrationProvider {
  async getMigrations() {
    return MIGRATIONS;
  }
}

export class MigrationError extends Error {}

/** Brings the schema up to date; reports each migration and fails with the one that broke. */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider() });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    throw new MigrationError(`Migration ${failed} failed: ${reason}`);
  }
  return result;
}
