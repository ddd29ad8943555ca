import { describe, expect, it } from 'vitest';
import { chooseVariant, languagePreference, type VariantCandidate } from './choose-template.js';

const v = (over: Partial<VariantCandidate>): VariantCandidate => ({
  id: `${over.language ?? 'en'}-${over.brandId ?? 'all'}-${over.variant ?? 'A'}`,
  templateId: 't1',
  key: 'shipping.track',
  channels: [],
  language: 'en',
  brandId: null,
  variant: 'A',
  trafficShare: 100,
  subject: 's',
  body: 'b',
  ...over,
});

describe('chooseVariant', () => {
  const input = { ticketId: 7, brandId: 'brand-1', channel: 'email', languages: ['de', 'en'] };

  it("takes the buyer's language, else falls back", () => {
    expect(chooseVariant([v({ language: 'en' }), v({ language: 'de' })], input)!.language).toBe('de');
    expect(chooseVariant([v({ language: 'en' }), v({ language: 'fr' })], input)!.language).toBe('en');
  });

  it("prefers the brand's own override and ignores other brands'", () => {
    const chosen = chooseVariant([v({ language: 'de' }), v({ language: 'de', brandId: 'brand-1' }), v({ language: 'de', brandId: 'brand-2' })], input);
    expect(chosen!.brandId).toBe('brand-1');
    expect(chooseVariant([v({ language: 'de', brandId: 'brand-2' })], input)).toBeNull();
  });

  it('skips a template limited to other channels', () => {
    expect(chooseVariant([v({ language: 'de', channels: ['chat'] })], input)).toBeNull();
  });
});

describe('languagePreference', () => {
  it('reduces tags to base languages, keeps order, ends with English', () => {
    expect(languagePreference('pt-BR', null, 'pt', 'de')).toEqual(['pt', 'de', 'en']);
  });
});
