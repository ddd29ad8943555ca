import { describe, expect, it } from 'vitest';
import { INTENT_GROUPS, LANGUAGES, MISSING_FACTS, RISK_SIGNALS } from '../app/taxonomy';
import { INTENT_GROUPS as SERVER_INTENT_GROUPS, TRIAGE_LANGUAGES } from '../../../src/modules/triage/intents';
import { RISK_SIGNALS as SERVER_RISK_SIGNALS } from '../../../src/modules/triage/triage.types';
import { carrierName, firstTriage, sentimentBucket } from './labels';

describe('triage labels', () => {
  it('offers the server’s taxonomy: intents, the 25 languages of SPEC N3, risk signals', () => {
    expect(INTENT_GROUPS).toEqual(SERVER_INTENT_GROUPS);
    expect([...LANGUAGES]).toEqual([...TRIAGE_LANGUAGES]);
    expect(LANGUAGES).toHaveLength(25);
    expect(LANGUAGES).toContain('no');
    expect(LANGUAGES).not.toContain('nb');
    expect([...RISK_SIGNALS]).toEqual([...SERVER_RISK_SIGNALS]);
    expect(MISSING_FACTS).toEqual(['order_number', 'tracking_number', 'destination', 'photos', 'sku', 'email', 'amount']);
  });

  it('reads sentiment as negative, neutral or positive', () => {
    expect(sentimentBucket(-0.8)).toBe('negative');
    expect(sentimentBucket(0.05)).toBe('neutral');
    expect(sentimentBucket(0.6)).toBe('positive');
  });

  it('names carriers: known ones, postal operators by country, others by slug', () => {
    expect(carrierName('china-post')).toEqual({ known: 'china-post' });
    expect(carrierName('upu-br')).toEqual({ postOf: 'BR' });
    expect(carrierName('best-express')).toEqual({ slug: 'Best Express' });
  });

  it('takes the guess from the first buyer message that was triaged', () => {
    const messages = [
      { direction: 'note', triage: null },
      { direction: 'inbound', triage: { intent: 'shipping.track' } },
      { direction: 'inbound', triage: { intent: 'complaint' } },
    ];
    expect(firstTriage(messages)).toEqual({ intent: 'shipping.track' });
    expect(firstTriage([{ direction: 'outbound', triage: null }])).toBeNull();
  });
});
