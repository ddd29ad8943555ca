import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const CONTRACT_KEYS = ['language', 'intent', 'confidence', 'abstain', 'priority', 'sentiment', 'risk', 'entities', 'missing'];
const ENTITY_KEYS = ['orders', 'tracking', 'emails', 'phones', 'amounts', 'dates', 'skus'];

describe('meridian triage (the CLI contract)', () => {
  it('writes one result per JSONL line, in order, with exactly the contract keys', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'triage-cli-'));
    const file = path.join(dir, 'in.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ text: 'Mi pedido #1042 llegó roto, la taza está partida en dos. ¿Me pueden enviar otra? Son 29,99 €.' }),
        JSON.stringify({ text: 'hi', customer_language: 'de' }),
        JSON.stringify({ text: '我的快递单号YT2409151234567890一直没有更新', subject: '物流' }),
        'this is not json',
        JSON.stringify({ text: 'Cannot log in, password reset mail never arrives' }),
      ].join('\n'),
    );
    const result = await runCli(['triage', '--jsonl', file], {});
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    for (const i of [0, 1, 2, 4]) {
      expect(Object.keys(lines[i])).toEqual(CONTRACT_KEYS);
      expect(Object.keys(lines[i].entities)).toEqual(ENTITY_KEYS);
    }
    expect(lines[0]).toMatchObject({ language: 'es', intent: 'item.damaged' });
    expect(lines[0].entities.orders).toEqual(['#1042']);
    expect(lines[0].entities.amounts).toEqual([{ value: 29.99, currency: 'EUR' }]);
    expect(lines[1].language).toBe('de');
    expect(lines[2].language).toBe('zh');
    expect(lines[2].entities.tracking).toEqual([{ number: 'YT2409151234567890', carrier: 'yunexpress', valid: true }]);
    expect(lines[3].error).toMatch(/line 4: not valid JSON/);
    expect(lines[4]).toMatchObject({ language: 'en', intent: 'account.access', priority: 'P1' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('1 line(s) could not be triaged');
    // The CLI builds the model first when the corpus changed since the last build.
  }, 300_000);

  it('reads stdin with -, and pretty-prints a single text', async () => {
    const piped = await runCli(['triage', '--jsonl', '-'], {}, `${JSON.stringify({ text: 'Bonjour, je voudrais annuler ma commande 114-3941689-8276232 svp' })}\n`);
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout)).toMatchObject({ language: 'fr', intent: 'order.cancel', entities: { orders: ['114-3941689-8276232'] } });

    const single = await runCli(['triage', 'Do you ship to Norway and how long does it take?'], {});
    expect(single.code).toBe(0);
    expect(single.stdout).toContain('\n  "intent": "shipping.options"');
  }, 300_000);
});
