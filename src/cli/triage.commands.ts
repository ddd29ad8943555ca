import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { TriageEngine, type TriageDetails } from '../modules/triage/triage-engine.js';
import { loadBuiltModel } from '../modules/triage/model-store.js';
import { retrainTriageModel } from '../modules/triage/retrain.js';
import { activeTriageModel } from '../modules/triage/active-triage.js';
import { orderContextInput } from '../modules/triage/triage.schemas.js';
import type { TriageInput } from '../modules/triage/triage.types.js';
import { AppError } from '../shared/errors.js';
import { withRuntime } from './runtime-for-cli.js';

/** The result as the CLI contract spells it: these keys, in this order, and nothing else. */
export function contractJson(result: TriageDetails) {
  const { entities } = result;
  return {
    language: result.language,
    intent: result.intent,
    confidence: result.confidence,
    abstain: result.abstain,
    priority: result.priority,
    sentiment: result.sentiment,
    risk: result.risk,
    entities: {
      orders: entities.orders,
      tracking: entities.tracking.map((t) => ({ number: t.number, carrier: t.carrier, valid: t.valid })),
      emails: entities.emails,
      phones: entities.phones,
      amounts: entities.amounts.map((a) => ({ value: a.value, currency: a.currency })),
      dates: entities.dates,
      skus: entities.skus,
    },
    missing: result.missing,
  };
}

/** One JSONL input line as triage input, or the reason it cannot be one. */
export function parseTriageLine(line: string): TriageInput | { error: string } {
  let row: Record<string, unknown>;
  try {
    row = JSON.parse(line);
  } catch {
    return { error: 'not valid JSON' };
  }
  if (!row || typeof row !== 'object' || Array.isArray(row)) return { error: 'a line must be a JSON object' };
  if (typeof row.text !== 'string') return { error: '"text" must be a string' };
  const optionalString = (key: string) => (typeof row[key] === 'string' ? (row[key] as string) : null);
  const order = row.order === undefined || row.order === null ? null : orderContextInput.safeParse(row.order);
  if (order && !order.success) return { error: `"order" is not valid: ${order.error.issues[0]?.message ?? 'bad shape'}` };
  return {
    text: row.text,
    subject: optionalString('subject'),
    customerLanguage: optionalString('customer_language'),
    customerCountry: optionalString('customer_country'),
    order: order?.data ?? null,
    ...(typeof row.prior_contacts === 'number' ? { priorContacts: row.prior_contacts } : {}),
  };
}

async function triageJsonl(engine: TriageEngine, file: string): Promise<number> {
  const input = file === '-' ? process.stdin : createReadStream(file);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let failed = 0;
  let lineNumber = 0;
  let buffer = '';
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const parsed = parseTriageLine(line);
    if ('error' in parsed) {
      failed++;
      buffer += `${JSON.stringify({ error: `line ${lineNumber}: ${parsed.error}` })}\n`;
    } else {
      buffer += `${JSON.stringify(contractJson(engine.triage(parsed)))}\n`;
    }
    if (buffer.length > 64 * 1024) {
      if (!process.stdout.write(buffer)) await new Promise((resolve) => process.stdout.once('drain', resolve));
      buffer = '';
    }
  }
  process.stdout.write(buffer);
  return failed;
}

export function registerTriageCommands(program: Command): void {
  program
    .command('triage')
    .description('Triage buyer messages with the built model (offline): `triage "text"`, `triage --jsonl FILE|-`, or `triage retrain`')
    .argument('[text...]', 'a message to triage, or "retrain"')
    .option('--jsonl <file>', 'read {"text","subject"?,"customer_language"?} lines from FILE (- for stdin), write one JSON result per line')
    .option('--customer-language <code>', 'the buyer\'s known language (a prior for short messages)')
    .action(async (words: string[], options: { jsonl?: string; customerLanguage?: string }) => {
      if (words.length === 1 && words[0] === 'retrain' && !options.jsonl) {
        await withRuntime(async (runtime) => {
          const outcome = await retrainTriageModel(runtime.db, { trigger: 'cli', current: activeTriageModel() ?? undefined, log: (line) => console.log(line) });
          console.log(JSON.stringify(outcome, null, 2));
        });
        return;
      }
      const engine = new TriageEngine(await loadBuiltModel((line) => console.error(line)));
      if (options.jsonl) {
        const failed = await triageJsonl(engine, options.jsonl);
        if (failed > 0) {
          console.error(`meridian: ${failed} line(s) could not be triaged (see the "error" lines)`);
          process.exitCode = 1;
        }
        return;
      }
      const text = words.join(' ');
      if (text.trim() === '') throw new AppError('validation_failed', 'give a text to triage, or --jsonl FILE');
      console.log(JSON.stringify(contractJson(engine.triage({ text, customerLanguage: options.customerLanguage ?? null })), null, 2));
    });
}
