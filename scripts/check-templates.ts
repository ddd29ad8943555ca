/**
 * Checks the starter library: every language folder has every template and phrases.json, each file
 * parses, and each renders both with a complete ticket and with only the always-present variables
 * without an error, an unknown variable or leftover Liquid. Usage: tsx scripts/check-templates.ts [lang…]
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { Liquid } from 'liquidjs';

const ROOT = path.resolve('src/modules/replies/templates/starter');
const INTENTS = `product.info product.usage shipping.options promo.discount policy.returns order.place order.status
  order.change order.cancel payment.methods payment.failed invoice shipping.track shipping.delay
  shipping.not_received shipping.customs item.damaged item.wrong return.request return.status
  warranty.repair complaint feedback.review account.access account.manage contact.human other`.split(/\s+/).filter(Boolean);
const SERVICE = ['off_hours', 'interim_update', 'escalation', 'apology_compensation', 'resolution_options', 'survey_request',
  'payment_reminder_before_3d', 'payment_reminder_after_7d', 'payment_reminder_after_15d', 'payment_reminder_after_30d'].map((s) => `service.${s}`);
const KEYS = [...INTENTS, ...SERVICE];
const ASKS = ['frame', 'order_number', 'tracking_number', 'destination', 'photos', 'sku', 'email', 'amount'];
const OPTIONS = ['resend', 'partial_refund', 'full_refund', 'coupon', 'return_label'];
const STATUSES = ['pending', 'info_received', 'in_transit', 'customs_held', 'out_for_delivery', 'delivered', 'exception', 'returned'];

const always = {
  brand: { name: 'Nordlicht Home' }, agent: { name: 'Lena Vogt', first_name: 'Lena' }, ticket: { id: 4821 },
  reply_by: 'Monday 2 December, 09:00', asks: '', options: [], locale: { tone: 'neutral', brevity: 'medium' },
};
const full = {
  ...always,
  asks: 'Could you please send us a photo?',
  options: [{ key: 'resend', label: 'a free replacement' }, { key: 'partial_refund', label: 'a refund of €12.00' }],
  customer: { first_name: 'Anna', last_name: 'Weber', name: 'Anna Weber', title: 'Dr.' },
  order: { number: '#1042', items: [{ title: 'Linen duvet cover', sku: 'LDC-200', quantity: 1 }], total: '€89.90' },
  tracking: { number: 'LX123456785CN', carrier: 'China Post', url: 'https://example.test/t/LX123456785CN', status: 'in transit' },
  compensation: { amount: '€12.00' }, coupon: { code: 'SORRY10', percent: 10 },
  payment: { amount: '€89.90', due_date: '5 December 2026', url: 'https://example.test/pay/1042' },
  survey: { url: 'https://example.test/s/abc' }, emergency: { contact: '+49 30 1234567' }, return: { url: 'https://example.test/r/1042' },
};

const strict = new Liquid({ strictVariables: true, lenientIf: true, strictFilters: true });
const problems: string[] = [];
const langs = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(ROOT).filter((d) => !d.includes('.'));
for (const lang of langs) {
  const dir = path.join(ROOT, lang);
  for (const key of KEYS) {
    const file = path.join(dir, `${key}.liquid`);
    if (!existsSync(file)) { problems.push(`${lang}/${key}.liquid: missing`); continue; }
    const raw = readFileSync(file, 'utf8');
    const m = /^subject: (.+)\n---\n([\s\S]+)$/.exec(raw);
    if (!m) { problems.push(`${lang}/${key}.liquid: expected "subject: …" then "---" then the body`); continue; }
    for (const [name, ctx] of [['full', full], ['minimal', always]] as const) {
      for (const [part, src] of [['subject', m[1]!], ['body', m[2]!]] as const) {
        try {
          const out = strict.parseAndRenderSync(src, ctx);
          if (/\{\{|\{%|%\}|\}\}/.test(out)) problems.push(`${lang}/${key} ${part} (${name}): Liquid left in output`);
          if (/\[[^\]]*\]|XXX|<[a-z]+>/i.test(out)) problems.push(`${lang}/${key} ${part} (${name}): placeholder-like text: ${out.match(/\[[^\]]*\]|XXX|<[a-z]+>/i)![0]}`);
        } catch (e) {
          problems.push(`${lang}/${key} ${part} (${name}): ${(e as Error).message.split('\n')[0]}`);
        }
      }
    }
  }
  const phrasesFile = path.join(dir, 'phrases.json');
  if (!existsSync(phrasesFile)) { problems.push(`${lang}/phrases.json: missing`); continue; }
  try {
    const p = JSON.parse(readFileSync(phrasesFile, 'utf8'));
    for (const k of ASKS) if (typeof p.asks?.[k] !== 'string') problems.push(`${lang}/phrases.json: asks.${k} missing`);
    if (!String(p.asks?.frame).includes('{list}')) problems.push(`${lang}/phrases.json: asks.frame needs {list}`);
    for (const k of OPTIONS) if (typeof p.options?.[k] !== 'string') problems.push(`${lang}/phrases.json: options.${k} missing`);
    for (const k of STATUSES) if (typeof p.tracking_status?.[k] !== 'string') problems.push(`${lang}/phrases.json: tracking_status.${k} missing`);
  } catch (e) {
    problems.push(`${lang}/phrases.json: ${(e as Error).message}`);
  }
}
console.log(problems.length ? problems.join('\n') : `ok: ${langs.join(', ')}`);
process.exit(problems.length ? 1 : 0);
