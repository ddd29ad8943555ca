import { describe, expect, it } from 'vitest';
import { brandsOf, findVariant, languageOutOfDate, languagesOf, nextLetter, parseShare, sharesAddUp, sourceVariant, variantsFor } from './variants';
import type { TemplateVariant } from './types';

const v = (language: string, variant = 'A', brandId: string | null = null, outOfDate = false): TemplateVariant => ({
  id: `${language}-${variant}-${brandId ?? 'all'}`,
  language,
  brandId,
  variant,
  trafficShare: 100,
  subject: '',
  body: '',
  version: 1,
  outOfDate,
  reviewedSourceVersion: null,
  origin: 'starter',
  updatedAt: '2025-01-01T00:00:00Z',
  updatedBy: null,
});

const template = { sourceLanguage: 'en', variants: [v('de', 'A', null, true), v('en', 'B'), v('en'), v('ar'), v('de', 'A', 'brand-1')] };

describe('template variants', () => {
  it('lists the source language first, then the others by code', () => {
    expect(languagesOf(template)).toEqual(['en', 'ar', 'de']);
  });

  it('picks the variants of a language and brand, by letter', () => {
    expect(variantsFor(template, 'en', null).map((x) => x.variant)).toEqual(['A', 'B']);
    expect(variantsFor(template, 'de', 'brand-1').map((x) => x.id)).toEqual(['de-A-brand-1']);
    expect(brandsOf(template, 'de')).toEqual(['brand-1']);
    expect(findVariant(template, 'de', null, 'B')).toBeNull();
    expect(sourceVariant(template)?.id).toBe('en-A-all');
  });

  it('marks a language out of date when any of its variants is', () => {
    expect(languageOutOfDate(template, 'de')).toBe(true);
    expect(languageOutOfDate(template, 'en')).toBe(false);
  });

  it('offers the next free letter', () => {
    expect(nextLetter([{ variant: 'A' }])).toBe('B');
    expect(nextLetter([{ variant: 'A' }, { variant: 'C' }])).toBe('B');
    expect(nextLetter([])).toBe('A');
  });

  it('checks traffic shares', () => {
    expect(sharesAddUp([100])).toBe(true);
    expect(sharesAddUp([50, 50])).toBe(true);
    expect(sharesAddUp([70, 50])).toBe(false);
    expect(parseShare('30')).toBe(30);
    expect(parseShare(' 100 ')).toBe(100);
    expect(parseShare('101')).toBeNull();
    expect(parseShare('2.5')).toBeNull();
    expect(parseShare('')).toBeNull();
  });
});
