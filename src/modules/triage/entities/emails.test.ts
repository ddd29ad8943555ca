import { describe, expect, it } from 'vitest';

import { findEmails } from './emails.js';

const emails = (text: string) => findEmails(text).map((f) => f.value);

describe('e-mails', () => {
  it('finds addresses, lower-cased', () => {
    expect(emails('Write to John.Doe+shop@Example.CO.uk or ops@mail-1.example.com.')).toEqual([
      'john.doe+shop@example.co.uk',
      'ops@mail-1.example.com',
    ]);
  });

  it('finds addresses between CJK text and punctuation', () => {
    expect(emails('邮箱：wang@example.cn，谢谢')).toEqual(['wang@example.cn']);
    expect(emails('<anna@example.de>')).toEqual(['anna@example.de']);
  });

  it('ignores what is not an address', () => {
    expect(emails('@handle, a@b, user@localhost, @@')).toEqual([]);
  });

  it('stays fast on a long run without an "@"', () => {
    const started = performance.now();
    findEmails(`${'a.'.repeat(50_000)}@`);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
