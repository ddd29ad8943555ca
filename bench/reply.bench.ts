/**
 * npm run bench:reply [-- --suggestions N] [-- --http N]
 * The suggested reply (SPEC C3, issue target ≥ 2,000/s on one core without translation):
 * (1) the suggestion pipeline as the server runs it once the ticket is loaded — template choice,
 *     A/B assignment, missing facts, remedies within the sender's limit, Liquid rendering, locale
 *     pack salutation and formats, and the guard over the result — for tickets across every
 *     language of the starter library and every intent, one core;
 * (2) GET /api/tickets/:id/suggestion end to end over HTTP on the embedded database (server and
 *     client in this one process), concurrency 8.
 */
import { parseArgs } from 'node:util';
import { checkReply } from '../src/modules/replies/guard/check-reply.js';
import { DEFAULT_POLICY_RULES } from '../src/modules/replies/guard/policy-rules.js';
import { findHoles } from '../src/modules/replies/guard/holes.js';
import { DEFAULT_USD_RATES, ratesIn } from '../src/modules/replies/fx-rates.js';
import { sampleReplyFacts } from '../src/modules/replies/render/sample-facts.js';
import { composeSuggestion, type SuggestionInput } from '../src/modules/replies/suggestion/compose-suggestion.js';
import type { VariantCandidate } from '../src/modules/replies/suggestion/choose-template.js';
import { starterLanguages, starterTemplates } from '../src/modules/replies/templates/starter-library.js';
import { INTENTS } from '../src/modules/triage/intents.js';
import { percentiles, runLoad } from './lib/stats.js';

const { values } = parseArgs({ options: { suggestions: { type: 'string', default: '40000' }, http: { type: 'string', default: '4000' } } });
const total = Number(values.suggestions);
const httpTotal = Number(values.http);

const languages = starterLanguages();
const variants = new Map<string, VariantCandidate[]>();
for (const t of starterTemplates()) {
  const list = variants.get(t.key) ?? [];
  list.push({ id: `${t.key}:${t.language}`, templateId: t.key, key: t.key, channels: [], language: t.language, brandId: null, variant: 'A', trafficShare: 100, subject: t.subject, body: t.body });
  variants.set(t.key, list);
}

const MISSING = [[], ['order_number'], ['photos'], ['order_number', 'tracking_number'], ['sku', 'photos']];
const inputs: SuggestionInput[] = [];
for (let i = 0; i < 2000; i++) {
  const language = languages[i % languages.length]!;
  const intent = INTENTS[(i * 7) % INTENTS.length]!;
  const facts = sampleReplyFacts(language, i % 3 === 0 ? 'chat' : 'email');
  inputs.push({
    ticketId: i + 1,
    brandId: 'brand',
    channel: facts.ticket.channel,
    ticketLanguage: language,
    brandDefaultLanguage: 'en',
    intentGuess: intent,
    facts: i % 4 === 0 ? { ...facts, order: null, tracking: null } : facts,
    missing: MISSING[i % MISSING.length]!,
    known: { orderNumber: i % 4 !== 0, trackingNumber: i % 4 !== 0, sku: false, photos: false, email: true },
    order: i % 4 === 0 ? null : { total: 89.9, currency: 'EUR' },
    sender: { compensationLimit: 50, baseCurrency: 'USD' },
    fx: DEFAULT_USD_RATES,
    couponPercent: 10,
    marketplace: null,
  });
}
const guardContext = {
  channel: 'email' as const,
  marketplace: null,
  customer: { emails: ['buyer@example.com'], phones: [], orderNumbers: ['#1042'] },
  brand: { emails: ['support@nordlicht.example'], domains: ['nordlicht.example'] },
  sender: { compensationLimit: 50, baseCurrency: 'USD' },
  fx: ratesIn('USD', DEFAULT_USD_RATES),
};

function suggestOnce(input: SuggestionInput): number {
  const s = composeSuggestion(input, variants);
  if (!s) throw new Error(`no template for ${input.intentGuess}`);
  const findings = checkReply([{ text: s.text, language: s.language }], DEFAULT_POLICY_RULES, guardContext);
  return s.text.length + findings.length + findHoles(s.text).length;
}

for (let i = 0; i < 4000; i++) suggestOnce(inputs[i % inputs.length]!);
const samples = new Float64Array(total);
let chars = 0;
const started = performance.now();
for (let i = 0; i < total; i++) {
  const t0 = performance.now();
  chars += suggestOnce(inputs[i % inputs.length]!);
  samples[i] = performance.now() - t0;
}
const seconds = (performance.now() - started) / 1000;
const cpu = percentiles(Array.from(samples));
console.log(`reply benchmark: ${languages.length} languages (${languages.join(' ')}), ${INTENTS.length} intents, Node ${process.version}`);
console.log(`  (1) suggestion pipeline, one core: ${total.toLocaleString('en')} suggestions, average ${Math.round(chars / total)} characters`);
console.log(`      throughput  ${Math.round(total / seconds).toLocaleString('en')} suggestions/s   (target ≥ 2,000)`);
console.log(`      latency     p50 ${(cpu.p50 * 1000).toFixed(0)} µs   p95 ${(cpu.p95 * 1000).toFixed(0)} µs   p99 ${(cpu.p99 * 1000).toFixed(0)} µs`);

if (httpTotal > 0) await httpBench(httpTotal);

async function httpBench(requests: number) {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const { loadConfig } = await import('../src/platform/config.js');
  const { openRuntime } = await import('../src/runtime/runtime.js');
  const { buildApp } = await import('../src/http/app.js');
  const { createWorkspace } = await import('../src/modules/workspaces/workspace.service.js');
  const { createAgent } = await import('../src/modules/agents/agent.service.js');
  const { createApiToken } = await import('../src/modules/auth/auth.service.js');

  const dataDir = mkdtempSync(path.join(tmpdir(), 'meridian-bench-reply-'));
  const config = loadConfig({ MERIDIAN_DATA_DIR: dataDir, MERIDIAN_DEMO: 'false', MERIDIAN_JOB_CONCURRENCY: '0', LOG_LEVEL: 'silent', PORT: '0' });
  const runtime = await openRuntime(config, { inMemory: true });
  const workspaceId = await createWorkspace(runtime.db, { name: 'Bench shop' });
  const agent = await createAgent(runtime.db, workspaceId, { email: 'bench@shop.test', name: 'Lena Vogt', role: 'admin', level: 'junior', password: 'bench-password-long' });
  const { token } = await createApiToken(runtime.db, { workspaceId, agentId: agent.id, name: 'bench' });
  const app = await buildApp({ config, database: runtime.database, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const brand = (await (await fetch(`${base}/api/brands`, { method: 'POST', headers, body: JSON.stringify({ name: 'Nordlicht Home', kind: 'shopify' }) })).json()) as { id: string };

  const ids: number[] = [];
  for (let i = 0; i < 200; i++) {
    const language = languages[i % languages.length]!;
    const facts = sampleReplyFacts(language);
    const res = await fetch(`${base}/api/tickets`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        brandId: brand.id,
        channel: 'email',
        subject: 'Order 1042',
        intent: INTENTS[(i * 7) % INTENTS.length],
        language,
        customer: { email: `buyer${i}@example.com`, firstName: facts.customer.firstName, lastName: facts.customer.lastName, title: facts.customer.title ?? undefined, country: facts.customer.country, language },
        message: { text: 'Hello, I have a question about my order.' },
        ...(i % 4 ? { order: { number: `#${1000 + i}`, currency: 'EUR', total: 89.9, items: [{ title: 'Linen duvet cover', sku: 'LDC-200', quantity: 1 }] } } : {}),
      }),
    });
    ids.push(((await res.json()) as { id: number }).id);
  }
  for (const id of ids) await fetch(`${base}/api/tickets/${id}/suggestion`, { headers });
  const result = await runLoad(requests, 8, async (i) => (await fetch(`${base}/api/tickets/${ids[i % ids.length]}/suggestion`, { headers })).status === 200);
  console.log(`  (2) GET /api/tickets/:id/suggestion over HTTP, PGlite, server and client in one process, concurrency 8: ${requests.toLocaleString('en')} requests`);
  console.log(`      throughput  ${Math.round(result.perSecond).toLocaleString('en')} requests/s   errors ${result.errors}`);
  console.log(`      latency     p50 ${result.p50.toFixed(1)} ms   p95 ${result.p95.toFixed(1)} ms   p99 ${result.p99.toFixed(1)} ms`);
  await app.close();
  await runtime.close();
  rmSync(dataDir, { recursive: true, force: true });
}
