/**
 * Personal data that must not be in the reply: another customer's e-mail address, phone number or
 * order number, and full payment card numbers. The buyer's own data and the brand's are fine — except
 * that on a marketplace the brand's own e-mail address or phone number moves the buyer off it.
 */

import { type CountryCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';

import { maskCard } from './cards.js';
import type { CompiledMarketplace, CompiledRules } from './compile-rules.js';
import type { ReplyEntities } from './entities.js';
import type { FindingSink, GuardContext } from './guard-types.js';

/** A buyer writing this language most likely lives here (for phone numbers without a country code). */
const LANGUAGE_COUNTRY: Record<string, string> = {
  en: 'US', de: 'DE', fr: 'FR', es: 'ES', pt: 'BR', it: 'IT', nl: 'NL', pl: 'PL', sv: 'SE', da: 'DK', fi: 'FI', no: 'NO',
  ru: 'RU', tr: 'TR', ar: 'SA', vi: 'VN', id: 'ID', zh: 'CN', ja: 'JP', ko: 'KR', uk: 'UA', he: 'IL', th: 'TH', ms: 'MY', cs: 'CZ',
};

export function defaultCountry(ctx: GuardContext, language: string): string | null {
  const given = ctx.customer.country?.toUpperCase();
  if (given && isSupportedCountry(given)) return given;
  return LANGUAGE_COUNTRY[language] ?? null;
}

/** "#1047", "1047", " po-211-… " → "1047", "PO-211-…". */
export function normaliseOrder(value: string): string {
  return value.trim().replace(/^#/, '').replace(/\s+/g, '').toUpperCase();
}

function digitsOf(phone: string): string {
  return phone.replace(/\D/g, '');
}

/** Known phone numbers: E.164 where they parse, else their digits (compared as a number's ending). */
export interface PhoneKeys {
  e164: Set<string>;
  digits: string[];
}

export function phoneKeys(phones: readonly string[], country: string | null): PhoneKeys {
  const keys: PhoneKeys = { e164: new Set(), digits: [] };
  for (const raw of phones) {
    let parsed: string | null = null;
    try {
      const phone = parsePhoneNumberFromString(raw, country ? { defaultCountry: country as CountryCode } : undefined);
      if (phone?.isPossible()) parsed = phone.number;
    } catch {
      // not a phone number we can read: compared by its digits
    }
    if (parsed) keys.e164.add(parsed);
    else {
      const d = digitsOf(raw);
      if (d.length >= 8) keys.digits.push(d.replace(/^0+/, ''));
    }
  }
  return keys;
}

function isKnownPhone(e164: string, keys: PhoneKeys): boolean {
  if (keys.e164.has(e164)) return true;
  const d = digitsOf(e164);
  return keys.digits.some((k) => d.endsWith(k));
}

export interface PersonalDataInput {
  text: string;
  language: string;
  entities: ReplyEntities;
  ctx: GuardContext;
  country: string | null;
}

export function checkPersonalData(
  input: PersonalDataInput,
  compiled: CompiledRules,
  market: CompiledMarketplace | null,
  sink: FindingSink,
): void {
  const { text, language, entities, ctx } = input;
  const settings = compiled.source.personalData;
  const sellerContact = market?.rules.sellerContact ?? null;
  const marketLabel = market?.rules.label ?? '';

  const customerEmails = new Set(ctx.customer.emails.map((e) => e.trim().toLowerCase()));
  const brandEmails = new Set(ctx.brand.emails.map((e) => e.trim().toLowerCase()));
  const brandDomains = ctx.brand.domains.map((d) => d.trim().toLowerCase().replace(/^@/, ''));
  const isBrandEmail = (email: string): boolean => {
    if (brandEmails.has(email)) return true;
    const domain = email.slice(email.lastIndexOf('@') + 1);
    return brandDomains.some((d) => domain === d || domain.endsWith(`.${d}`));
  };

  for (const email of entities.emails) {
    const excerpt = text.slice(email.start, email.end);
    if (customerEmails.has(email.value)) continue;
    if (isBrandEmail(email.value)) {
      if (sellerContact && sellerContact.severity !== 'off') {
        sink.add({
          rule: 'marketplace.seller_contact',
          severity: sellerContact.severity,
          message: `Gives the brand's own e-mail address, which ${marketLabel} does not allow: keep the conversation on the marketplace.`,
          excerpt,
          index: email.start,
          language,
          params: { marketplace: market!.id, kind: 'email' },
        });
      }
      continue;
    }
    if (settings.email !== 'off') {
      sink.add({
        rule: 'personal_data.email',
        severity: settings.email,
        message: "Contains an e-mail address that is neither the buyer's nor the brand's: possibly another customer's personal data.",
        excerpt,
        index: email.start,
        language,
      });
    }
  }

  if (entities.phones.length > 0) {
    const customerPhones = phoneKeys(ctx.customer.phones, input.country);
    const brandPhones = phoneKeys(ctx.brand.phones ?? [], input.country);
    for (const phone of entities.phones) {
      const excerpt = text.slice(phone.start, phone.end);
      if (isKnownPhone(phone.value, customerPhones)) continue;
      if (isKnownPhone(phone.value, brandPhones)) {
        if (sellerContact && sellerContact.severity !== 'off') {
          sink.add({
            rule: 'marketplace.seller_contact',
            severity: sellerContact.severity,
            message: `Gives the brand's own phone number, which ${marketLabel} does not allow: keep the conversation on the marketplace.`,
            excerpt,
            index: phone.start,
            language,
            params: { marketplace: market!.id, kind: 'phone' },
          });
        }
        continue;
      }
      if (settings.phone !== 'off') {
        sink.add({
          rule: 'personal_data.phone',
          severity: settings.phone,
          message: "Contains a phone number that is neither the buyer's nor the brand's: possibly another customer's personal data.",
          excerpt,
          index: phone.start,
          language,
        });
      }
    }
  }

  if (settings.orderNumber !== 'off' && entities.orders.length > 0) {
    const own = new Set(ctx.customer.orderNumbers.map(normaliseOrder));
    for (const order of entities.orders) {
      if (own.has(normaliseOrder(order.value))) continue;
      sink.add({
        rule: 'personal_data.order_number',
        severity: settings.orderNumber,
        message: `Mentions order ${order.value}, which is not one of this buyer's orders.`,
        excerpt: text.slice(order.start, order.end),
        index: order.start,
        language,
        params: { orderNumber: order.value },
      });
    }
  }

  const cardSeverity = compiled.source.cardNumbers.severity;
  if (cardSeverity !== 'off') {
    for (const card of entities.cards) {
      sink.add({
        rule: 'card_number',
        severity: cardSeverity,
        message: `Contains a full payment card number (${card.network}). Never send card numbers; refer to the card by its last four digits.`,
        excerpt: maskCard(text.slice(card.start, card.end)),
        index: card.start,
        language,
        params: { network: card.network, last4: card.digits.slice(-4) },
      });
    }
  }
}
