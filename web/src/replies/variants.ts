/**
 * A template's variants as the editor shows them: by language (the source first), brand override
 * (null = every brand) and A/B letter. Pure.
 */
import type { Template, TemplateVariant } from './types';

/** The languages a template has, source language first, then by code. */
export function languagesOf(template: Pick<Template, 'sourceLanguage' | 'variants'>): string[] {
  const others = [...new Set(template.variants.map((v) => v.language))].filter((l) => l !== template.sourceLanguage).sort();
  return [template.sourceLanguage, ...others];
}

/** The brands that override a language, in the order first seen. */
export function brandsOf(template: Pick<Template, 'variants'>, language: string): string[] {
  return [...new Set(template.variants.filter((v) => v.language === language && v.brandId !== null).map((v) => v.brandId as string))];
}

/** The A/B variants of one language and brand, by letter. */
export function variantsFor(template: Pick<Template, 'variants'>, language: string, brandId: string | null): TemplateVariant[] {
  return template.variants.filter((v) => v.language === language && v.brandId === brandId).sort((a, b) => a.variant.localeCompare(b.variant));
}

export function findVariant(template: Pick<Template, 'variants'>, language: string, brandId: string | null, letter: string): TemplateVariant | null {
  return template.variants.find((v) => v.language === language && v.brandId === brandId && v.variant === letter) ?? null;
}

/** The variant every other language is translated from: source language, all brands, A. */
export function sourceVariant(template: Pick<Template, 'sourceLanguage' | 'variants'>): TemplateVariant | null {
  return findVariant(template, template.sourceLanguage, null, 'A');
}

/** The next free letter: A, B → C. */
export function nextLetter(variants: readonly Pick<TemplateVariant, 'variant'>[]): string {
  const used = new Set(variants.map((v) => v.variant));
  for (let code = 65; code <= 90; code++) {
    const letter = String.fromCharCode(code);
    if (!used.has(letter)) return letter;
  }
  return 'Z';
}

/** Whether a language has any variant out of date (for its tab). */
export function languageOutOfDate(template: Pick<Template, 'variants'>, language: string): boolean {
  return template.variants.some((v) => v.language === language && v.outOfDate);
}

/** Traffic shares of A/B variants must add up to 100. */
export function sharesAddUp(shares: readonly number[]): boolean {
  return shares.length <= 1 || Math.round(shares.reduce((sum, s) => sum + s, 0)) === 100;
}

/** A share typed into a field: a whole number 0..100, else null. */
export function parseShare(text: string): number | null {
  if (!/^\s*\d{1,3}\s*$/.test(text)) return null;
  const value = Number(text);
  return value <= 100 ? value : null;
}
