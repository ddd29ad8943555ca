import type { Kysely } from 'kysely';
import type { Config } from '../platform/config.js';
import type { AttachmentStore } from '../platform/files/attachment-store.js';
import type { Database } from './database.js';

/** What every module gets from the composition root. */
export interface ModuleContext {
  db: Kysely<Database>;
  config: Config;
  /** Attachment bodies, on disk by content hash. */
  attachments: AttachmentStore;
}
