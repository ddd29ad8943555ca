import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import * as mimeFuncs from 'nodemailer/lib/mime-funcs';
import { describe, expect, it } from 'vitest';
import { MalformedEmailError, parseEmail } from './index.js';

const LIMITS = { maxAttachmentBytes: 64 * 1024, maxAttachmentsTotalBytes: 256 * 1024 };
const directory = path.resolve('test/fixtures/email');
const fixtures = readdirSync(directory)
  .filter((name) => name.endsWith('.eml') && !name.startsWith('malformed-'))
  .map((name) => readFileSync(path.join(directory, name)))
  .filter((raw) => raw.length < 20_000);

/** Resolves to the parse result or the error; fails the property when the error is of another kind. */
async function parsesOrQuarantines(raw: Buffer): Promise<boolean> {
  try {
    await parseEmail(raw, LIMITS);
    return true;
  } catch (error) {
    if (!(error instanceof MalformedEmailError)) throw error;
    expect(error.reason).toBeTruthy();
    return false;
  }
}

describe('parseEmail never throws anything but MalformedEmailError', () => {
  it('on arbitrary bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => void (await parsesOrQuarantines(Buffer.from(bytes)))), { numRuns: 300 });
  });

  it('on arbitrary bytes behind a plausible header block', async () => {
    const header = Buffer.from('From: a@b.example\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n');
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => void (await parsesOrQuarantines(Buffer.concat([header, Buffer.from(bytes)])))), { numRuns: 300 });
  });

  it('on fixtures with bytes flipped, cut off or spliced in', async () => {
    const mutation = fc.record({
      fixture: fc.integer({ min: 0, max: fixtures.length - 1 }),
      flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 30 }),
      cutAt: fc.option(fc.nat(), { nil: undefined }),
      splice: fc.option(fc.tuple(fc.nat(), fc.constantFrom('\r\n--', '=?utf-8?B?', '=?gb2312?Q?=FF', '\r\n\r\n', 'Content-Type: multipart/mixed; boundary="x"\r\n', '=\r\n', '\x00\xff\xfe'), fc.nat()), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(mutation, async ({ fixture, flips, cutAt, splice }) => {
        let raw = Buffer.from(fixtures[fixture]!);
        for (const [at, byte] of flips) raw[at % raw.length] = byte;
        if (splice) {
          const [at, text, times] = splice;
          const position = at % raw.length;
          raw = Buffer.concat([raw.subarray(0, position), Buffer.from(text.repeat(1 + (times % 5)), 'latin1'), raw.subarray(position)]);
        }
        if (cutAt !== undefined) raw = raw.subarray(0, cutAt % (raw.length + 1));
        await parsesOrQuarantines(raw);
      }),
      { numRuns: 400 },
    );
  });
});

/** Characters a charset can hold: what survives a round trip through it. */
function encodable(text: string, charset: string): string {
  return [...text].filter((char) => iconv.decode(iconv.encode(char, charset), charset) === char).join('');
}

const subjectText = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 60 })
  .map((text) => text.replace(/[\p{Cc}\p{Cs}\p{Co}\p{Cn}\u2028\u2029\ufffd]/gu, '').replace(/\s+/g, ' ').trim())
  .filter((text) => text.length > 0 && !text.includes('=?'));

async function parsedSubject(header: string): Promise<string> {
  const raw = Buffer.from(`From: a@b.example\r\nTo: c@d.example\r\nSubject: ${header}\r\n\r\nbody\r\n`, 'latin1');
  return (await parseEmail(raw, LIMITS)).subject;
}

describe('RFC 2047 subjects come back as they were written', () => {
  it('UTF-8, B and Q, split into words of random length by nodemailer', async () => {
    await fc.assert(
      fc.asyncProperty(subjectText, fc.constantFrom('B' as const, 'Q' as const), fc.integer({ min: 12, max: 76 }), async (text, mode, maxLength) => {
        const header = mimeFuncs.encodeWords(text, mode, maxLength).replace(/\?= =\?/g, '?=\r\n =?');
        expect(await parsedSubject(header)).toBe(text.normalize('NFC'));
      }),
      { numRuns: 300 },
    );
  });

  const charsets = ['ISO-8859-1', 'ISO-8859-2', 'ISO-8859-5', 'ISO-8859-7', 'ISO-8859-15', 'windows-1250', 'windows-1251', 'windows-1252', 'windows-1256', 'KOI8-R', 'KOI8-U', 'GB2312', 'GBK', 'GB18030', 'Big5', 'Shift_JIS', 'EUC-JP', 'EUC-KR'];
  const sample = 'Grüße Ελλάδα Привіт ґ مرحبا 你好訂單 ご注文 주문번호 żółć € ščř 😀 test 123';

  it('in other charsets, one encoded word per few characters', async () => {
    const text = fc.tuple(fc.constantFrom(...charsets), fc.shuffledSubarray([...sample], { minLength: 1 })).map(([charset, chars]) => ({ charset, text: encodable(chars.join(''), charset).replace(/\s+/g, ' ').trim() }));
    await fc.assert(
      fc.asyncProperty(
        text.filter(({ text: value }) => value.length > 0),
        fc.constantFrom('B' as const, 'Q' as const),
        fc.integer({ min: 1, max: 8 }),
        async ({ charset, text: value }, mode, perWord) => {
          const chars = [...value];
          const words: string[] = [];
          for (let i = 0; i < chars.length; i += perWord) {
            const bytes = iconv.encode(chars.slice(i, i + perWord).join(''), charset);
            const payload = mode === 'B' ? bytes.toString('base64') : [...bytes].map((byte) => (byte === 0x20 ? '_' : /[A-Za-z0-9]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
            words.push(`=?${charset}?${mode}?${payload}?=`);
          }
          expect(await parsedSubject(words.join('\r\n '))).toBe(value.normalize('NFC'));
        },
      ),
      { numRuns: 300 },
    );
  });
});
