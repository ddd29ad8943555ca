import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isIntent, type Intent } from '../intents.js';

export interface LabelledMessage {
  text: string;
  subject?: string;
  intent: Intent;
  language: string;
}

/** The corpus ships in the repository: `corpus/triage/<language>.jsonl`, from src/ and dist/ alike. */
export const CORPUS_DIR = fileURLToPath(new URL('../../../../corpus/triage/', import.meta.url));

export function loadCorpus(dir = CORPUS_DIR): LabelledMessage[] {
  const messages: LabelledMessage[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const language = file.slice(0, -'.jsonl'.length);
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (line.trim() === '') return;
        let row: { text?: unknown; subject?: unknown; intent?: unknown };
        try {
          row = JSON.parse(line);
        } catch {
          throw new Error(`${file}:${index + 1}: not valid JSON`);
        }
        if (!isIntent(row.intent)) throw new Error(`${file}:${index + 1}: unknown intent ${JSON.stringify(row.intent)}`);
        if (typeof row.text !== 'string' || row.text.trim() === '') throw new Error(`${file}:${index + 1}: no text`);
        messages.push({
          text: row.text,
          intent: row.intent,
          language,
          ...(typeof row.subject === 'string' ? { subject: row.subject } : {}),
        });
      });
  }
  return messages;
}

/**
 * About one message in five is held out for evaluation, chosen by a hash of its text: nobody
 * picks the dev set, it never changes when lines are added elsewhere, and training never sees it.
 */
export function isDevExample(text: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 5 === 0;
}

export function splitCorpus(messages: readonly LabelledMessage[]): { train: LabelledMessage[]; dev: LabelledMessage[] } {
  const train: LabelledMessage[] = [];
  const dev: LabelledMessage[] = [];
  for (const m of messages) (isDevExample(m.text) ? dev : train).push(m);
  return { train, dev };
}

/** A fingerprint of the corpus files: a built model from another corpus is stale. */
export function corpusFingerprint(dir = CORPUS_DIR): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) hash.update(file).update('\0').update(readFileSync(join(dir, file)));
  return hash.digest('hex').slice(0, 16);
}
