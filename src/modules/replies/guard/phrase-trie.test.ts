import { describe, expect, it } from 'vitest';

import { fold, foldText } from './fold.js';
import { PhraseTrieBuilder, scanPhrases, spellings, tokenize } from './phrase-trie.js';
import { sentenceOf, sentenceStarts } from './sentences.js';

/** Phrases (list 0 unless given as [phrase, list]) of one language (bit 1), matched in `text`: the matched texts. */
function match(phrases: (string | [string, number])[], text: string, mask = 1): string[] {
  const builder = new PhraseTrieBuilder();
  for (const p of phrases) {
    const [phrase, list] = typeof p === 'string' ? [p, 0] : p;
    builder.add(phrase, list, 1);
  }
  const folded = fold(text);
  const hits = scanPhrases(builder.build(), folded.codes, folded.length, mask);
  const out: string[] = [];
  for (let h = 0; h < hits.length; h += 3) {
    const start = folded.map[hits[h]!]!;
    const end = folded.map[hits[h + 1]! - 1]! + 1;
    out.push(text.slice(start, end));
  }
  return out;
}

describe('fold', () => {
  it('drops case, accents and typography, keeping the offsets of the original', () => {
    expect(foldText('Rückerstattung ÉTÉ  Straße İade ıslak ЁЛКА “quoted”  ’')).toBe("ruckerstattung ete strasse iade islak елка \"quoted\" '");
    expect(foldText('ＡＢＣ１２３！')).toBe('abc123!');
    expect(foldText('إِسْتِرْدَاد ١٠٠٪')).toBe('استرداد 100%');
    const f = fold('Ab  Straße');
    expect(f.length).toBe(10);
    expect([...f.map.subarray(0, f.length + 1)]).toEqual([0, 1, 2, 4, 5, 6, 7, 8, 8, 9, 10]);
  });
});

describe('phrases', () => {
  it('match whole words in spaced scripts and anywhere in Han, kana, Hangul and Arabic', () => {
    expect(match(['refund'], 'Refund, refunds, prerefund')).toEqual(['Refund']);
    expect(match(['退款'], '我们会全额退款')).toEqual(['退款']);
    expect(match(['환불'], '환불해 드리겠습니다')).toEqual(['환불']);
    expect(match(['استرداد'], 'والاسترداد مضمون')).toEqual(['استرداد']);
  });

  it('take * as the rest of a word, # as a number and ... as a gap', () => {
    expect(match(['refund*'], 'refunds refunded refund')).toEqual(['refunds', 'refunded', 'refund']);
    expect(match(['# days'], 'in 3 days or 10 days, not in days')).toEqual(['3 days', '10 days']);
    expect(match(['#天'], '预计3天送达')).toEqual(['3天']);
    expect(match(['kommt ... an'], 'Es kommt morgen früh an. Es kommt an.')).toEqual(['kommt morgen früh an', 'kommt an']);
    expect(match(['kommt ... an'], 'Es kommt. An die Tür.')).toEqual([]);
  });

  it('fold the phrase like the text and add keyboard spellings', () => {
    expect(tokenize('Rückerstattung')).toEqual(tokenize('ruckerstattung'));
    expect(spellings('Rückerstattung', 'de')).toEqual(['Rückerstattung', 'rueckerstattung']);
    expect(match(spellings('Rückerstattung', 'de'), 'Ihre RUECKERSTATTUNG')).toEqual(['RUECKERSTATTUNG']);
  });

  it('report overlapping phrases of different lists', () => {
    expect(match([['full refund', 0], ['refund', 1]], 'a full refund')).toEqual(['full refund', 'refund']);
  });

  it('only match phrases of the languages asked for', () => {
    const builder = new PhraseTrieBuilder();
    builder.add('refund', 0, 1);
    builder.add('rembours*', 0, 2);
    const folded = fold('refund remboursement');
    expect(scanPhrases(builder.build(), folded.codes, folded.length, 2)).toEqual([7, 20, 0]);
  });
});

describe('sentences', () => {
  it('end at . ! ? ; before a space, at CJK stops and at line breaks, not in numbers or domains', () => {
    const text = 'Price 29.99 at amazon.de! Ok? 好的。谢谢\nBye';
    const starts = sentenceStarts(text);
    expect([...starts]).toEqual([0, 25, 29, 33, 36]);
    expect(sentenceOf(starts, 14)).toBe(0);
    expect(sentenceOf(starts, 34)).toBe(3);
  });
});
