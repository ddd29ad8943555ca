import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Expected } from '../../../../test/fixtures/email/build/fixture.js';
import { classifyMachineMail, extractBounce, MalformedEmailError, parseEmail, recognizeMarketplace, stripQuotedText, type ParsedEmail } from './index.js';

const directory = path.resolve('test/fixtures/email');
const corpus: Expected[] = JSON.parse(readFileSync(path.join(directory, 'expected.json'), 'utf8'));
// Small limits, so the over-limit fixture needs no megabytes of bytes.
const LIMITS = { maxAttachmentBytes: 64 * 1024, maxAttachmentsTotalBytes: 256 * 1024 };

const raw = (file: string) => readFileSync(path.join(directory, file));

describe('the fixture corpus', () => {
  it('has at least 64 messages, with malformed ones, machine mail, marketplaces and threads of 2–4', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(64);
    expect(corpus.filter((entry) => entry.malformed).length).toBeGreaterThanOrEqual(4);
    const threadSizes = new Map<string, number>();
    for (const entry of corpus) if (entry.thread) threadSizes.set(entry.thread, (threadSizes.get(entry.thread) ?? 0) + 1);
    expect([...threadSizes.values()].filter((size) => size >= 2 && size <= 4).length).toBeGreaterThanOrEqual(10);
  });

  it.each(corpus)('$file', async (entry) => {
    if (entry.malformed) {
      const error = await parseEmail(raw(entry.file), LIMITS).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(MalformedEmailError);
      expect((error as MalformedEmailError).reason.length).toBeGreaterThan(5);
      return;
    }
    const email = await parseEmail(raw(entry.file), LIMITS);
    expect(email.subject).toBe(entry.subject);
    expect(email.from.address).toBe(entry.from);
    expect(stripQuotedText(email.text).text.trim()).toBe(entry.text?.trim());
    expect(classifyMachineMail(email).kind).toBe(entry.machine);
    const marketplace = recognizeMarketplace(email);
    expect(marketplace && { marketplace: marketplace.marketplace, orderNumber: marketplace.orderNumber }).toEqual(entry.marketplace);
    expect(email.attachments).toHaveLength(entry.attachments);
    expect(email.text).not.toContain('\uFFFD');
    expect(email.subject).not.toContain('\uFFFD');
  });

  it('links replies to their thread by Message-ID, In-Reply-To, References and marketplace thread keys, and nothing else', async () => {
    const parsed: Array<{ entry: Expected; email: ParsedEmail }> = [];
    for (const entry of corpus.filter((candidate) => !candidate.malformed)) parsed.push({ entry, email: await parseEmail(raw(entry.file), LIMITS) });
    const parent = parsed.map((_, index) => index);
    const root = (index: number): number => (parent[index] === index ? index : (parent[index] = root(parent[index]!)));
    const owner = new Map<string, number>();
    parsed.forEach(({ email }, index) => {
      const keys = [email.messageId, email.inReplyTo, ...email.references, recognizeMarketplace(email)?.threadKey].filter((key): key is string => Boolean(key));
      for (const key of keys) {
        const other = owner.get(key);
        if (other === undefined) owner.set(key, index);
        else parent[root(index)] = root(other);
      }
    });
    const groups = new Map<number, string[]>();
    parsed.forEach(({ entry }, index) => groups.set(root(index), [...(groups.get(root(index)) ?? []), entry.thread ?? entry.file]));
    for (const labels of groups.values()) expect(new Set(labels).size, labels.join(', ')).toBe(1);
    const labelCount = new Set(parsed.map(({ entry }) => entry.thread ?? entry.file)).size;
    expect(groups.size).toBe(labelCount);
  });

  it('finds our outbound Message-ID in the DSN bounce', async () => {
    const bounces = corpus.filter((entry) => entry.machine === 'bounce');
    expect(bounces.length).toBeGreaterThan(0);
    const ids = await Promise.all(bounces.map(async (entry) => extractBounce(await parseEmail(raw(entry.file), LIMITS))?.originalMessageId));
    expect(ids).toContain('meridian.1.2.abc@shop.example');
  });
});

describe('the fixture files', () => {
  it('are what scripts/make-email-fixtures.ts writes from test/fixtures/email/build', async () => {
    const { buildCorpus } = await import('../../../../test/fixtures/email/build/corpus.js');
    const built = buildCorpus();
    expect(built.map((fixture) => fixture.expected)).toEqual(corpus);
    for (const fixture of built) expect(raw(fixture.expected.file).equals(fixture.raw), fixture.expected.file).toBe(true);
  });
});
