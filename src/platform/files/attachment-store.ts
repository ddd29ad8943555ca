import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Attachment bodies on disk, addressed by their SHA-256: the same file sent twice is stored once,
 * and a file is never changed after it is written. Metadata lives in the database.
 */
export class AttachmentStore {
  constructor(private readonly root: string) {}

  private pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a SHA-256 hex digest');
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  /** Stores the bytes (durably: written to a temporary file, then renamed) and returns their hash. */
  async put(content: Buffer): Promise<{ sha256: string; sizeBytes: number }> {
    const sha256 = createHash('sha256').update(content).digest('hex');
    const target = this.pathOf(sha256);
    if (!(await this.has(sha256))) {
      await mkdir(path.dirname(target), { recursive: true });
      const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await writeFile(temporary, content, { flush: true });
        await rename(temporary, target);
      } finally {
        await rm(temporary, { force: true });
      }
    }
    return { sha256, sizeBytes: content.length };
  }

  async has(sha256: string): Promise<boolean> {
    return access(this.pathOf(sha256)).then(
      () => true,
      () => false,
    );
  }

  open(sha256: string): ReadStream {
    return createReadStream(this.pathOf(sha256));
  }
}
