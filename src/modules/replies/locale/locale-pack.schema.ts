import { z } from 'zod';
import type { LocalePack } from './locale-pack.types.js';

/** Placeholders a salutation form may use; see `SalutationStyle`. */
export const SALUTATION_PLACEHOLDERS = ['honorific', 'academic', 'given', 'family', 'name', 'familyOrName'] as const;
const SIGN_OFF_PLACEHOLDERS = ['agent', 'brand'] as const;

function placeholdersWithin(allowed: readonly string[]) {
  return (text: string) => [...text.matchAll(/\{([^}]*)\}/g)].every((m) => allowed.includes(m[1]!));
}

const text = z.string().trim().min(1);
const salutationText = text.refine(placeholdersWithin(SALUTATION_PLACEHOLDERS), 'unknown placeholder');
const plainText = text.refine(placeholdersWithin([]), 'no placeholders allowed here');
const signOffLine = text.refine(placeholdersWithin(SIGN_OFF_PLACEHOLDERS), 'only {agent} and {brand} allowed');

const gendered = z.union([
  salutationText,
  z.strictObject({ female: salutationText.optional(), male: salutationText.optional(), unknown: salutationText.optional() }),
]);
const academicForms = z.strictObject({ prof: gendered.optional(), dr: gendered.optional(), mag: gendered.optional(), ing: gendered.optional() });

const salutationStyle = z.strictObject({
  title: gendered.optional(),
  given: gendered.optional(),
  name: gendered.optional(),
  anonymous: plainText,
  opening: plainText.nullable().optional(),
  religious: z.strictObject({ text: plainText, position: z.enum(['before', 'after']) }).nullable().optional(),
});

const nameOrder = z.enum(['given-family', 'family-given']);

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const localePackSchema = z
  .strictObject({
    locale: z.string().regex(/^[a-z]{2}-[A-Z]{2}$/, 'language-REGION, e.g. de-DE'),
    language: z.string().regex(/^[a-z]{2}$/),
    region: z.string().regex(/^[A-Z]{2}$/).nullable(),
    languageDefault: z.boolean(),
    intlLocale: z.string().min(2).optional(),
    direction: z.enum(['ltr', 'rtl']),
    timeZone: z.string().refine(isTimeZone, 'not an IANA time zone'),
    currency: z.string().regex(/^[A-Z]{3}$/),
    hour12: z.boolean(),
    calendar: z.string().regex(/^[a-z-]+$/).optional(),
    numberingSystem: z.string().regex(/^[a-z]+$/).optional(),
    currencySymbols: z.record(z.string().regex(/^[A-Z]{3}$/), text).optional(),
    weekend: z.array(z.int().min(1).max(7)).min(1).max(3),
    tone: z.enum(['direct', 'neutral', 'warm', 'apologetic']),
    brevity: z.enum(['short', 'medium', 'long']),
    formality: z.enum(['formal', 'informal']),
    nameOrder,
    names: z
      .strictObject({
        latinOrder: nameOrder.optional(),
        call: z.enum(['first-word', 'whole', 'last-word']).optional(),
        capitalizeFamily: z.boolean().optional(),
      })
      .optional(),
    titles: z.strictObject({
      compose: z.enum(['gender-academic', 'academic-or-gender', 'gender', 'fixed']),
      female: text.nullable(),
      male: text.nullable(),
      fixed: text.optional(),
      academic: academicForms.optional(),
      address: academicForms.optional(),
    }),
    salutation: z.strictObject({
      prefer: z.enum(['title', 'given']),
      email: salutationStyle,
      chat: salutationStyle,
    }),
    closing: z.strictObject({ email: plainText.nullable(), chat: plainText.nullable() }),
    signOff: z.strictObject({ email: z.array(signOffLine).min(1) }),
    avoid: z.strictObject({
      redOverdue: z.boolean(),
      notes: z.array(text),
      colors: z.array(text).optional(),
      phrases: z.array(text).optional(),
      emoji: z.array(text).optional(),
    }),
  })
  .superRefine((pack, ctx) => {
    const [language, region] = pack.locale.split('-');
    if (pack.language !== language) ctx.addIssue({ code: 'custom', path: ['language'], message: `must be ${language}` });
    if (pack.region !== region) ctx.addIssue({ code: 'custom', path: ['region'], message: `must be ${region}` });
    if (pack.direction === 'rtl' !== ['ar', 'he'].includes(pack.language)) {
      ctx.addIssue({ code: 'custom', path: ['direction'], message: 'only Arabic and Hebrew are right-to-left here' });
    }
    if (pack.titles.compose === 'fixed' && !pack.titles.fixed) {
      ctx.addIssue({ code: 'custom', path: ['titles', 'fixed'], message: 'required when compose is fixed' });
    }
    if (new Set(pack.weekend).size !== pack.weekend.length) ctx.addIssue({ code: 'custom', path: ['weekend'], message: 'duplicate day' });
  });

// Keeps the documented interface and the schema in step: a drift fails to compile.
export const typedLocalePackSchema: z.ZodType<LocalePack> = localePackSchema;
