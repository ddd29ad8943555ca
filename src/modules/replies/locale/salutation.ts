import { fillTemplate } from './fill-template.js';
import { composeAcademic, composeHonorific, pickGendered } from './honorific.js';
import type { LocalePack, SalutationStyle } from './locale-pack.types.js';
import { nameParts, type Addressee } from './names.js';
import { hasTitle, parseTitle } from './parse-title.js';

export type { Addressee } from './names.js';

export type ReplyChannel = 'email' | 'chat' | 'marketplace' | 'api' | 'web_form' | 'social' | 'phone';

/** Chat and social messages are written like a conversation; everything else like a letter. */
export function writingStyle(channel: ReplyChannel): 'email' | 'chat' {
  return channel === 'chat' || channel === 'social' ? 'chat' : 'email';
}

const FORMS = { title: ['title', 'given', 'name'], given: ['given', 'title', 'name'] } as const;

/**
 * The greeting line(s) for a buyer, by the locale's rules. May hold a line break (an Arabic
 * address line followed by its courtesy line); chat-style greetings are one line.
 * @example salutation(localePack('de-DE'), { lastName: 'Weber', title: 'Frau Dr.' }, { channel: 'email' })
 *          // 'Sehr geehrte Frau Dr. Weber,'
 */
export function salutation(pack: LocalePack, who: Addressee, options: { channel: ReplyChannel; religiousGreeting?: boolean }): string {
  const style = writingStyle(options.channel);
  const spec: SalutationStyle = pack.salutation[style];
  const parts = nameParts(pack, who);
  const honorific = hasTitle(parts.title) ? composeHonorific(pack, parts.title) : null;
  const values = {
    honorific,
    academic: composeAcademic(pack, parts.title),
    given: parts.given,
    family: parts.family && pack.names?.capitalizeFamily ? capitalize(parts.family, pack.language) : parts.family,
    name: parts.name,
    familyOrName: parts.family ?? parts.name,
  };
  let address: string | null = null;
  for (const form of FORMS[pack.salutation.prefer]) {
    if (form === 'title' && !honorific) continue;
    const template = pickGendered(spec[form], parts.title.gender);
    address = template ? fillTemplate(template, values) : null;
    if (address) break;
  }
  address ??= spec.anonymous;

  const separator = style === 'chat' ? ' ' : '\n';
  const religious = options.religiousGreeting ? spec.religious : null;
  if (religious) return religious.position === 'before' ? religious.text + separator + address : address + separator + religious.text;
  return spec.opening ? address + separator + spec.opening : address;
}

/**
 * The localized title for `{{customer.title}}`, or null when the customer gave none the locale
 * uses. Japanese and Korean packs always answer their fixed suffix ("様", "고객님"), to be
 * written after the name: `{{customer.last_name}}{{customer.title}}`.
 */
export function honorific(pack: LocalePack, who: Addressee): string | null {
  if (pack.titles.compose === 'fixed') return pack.titles.fixed ?? null;
  const title = who.title ? parseTitle(who.title) : nameParts(pack, who).title;
  return hasTitle(title) ? composeHonorific(pack, title) : null;
}

/**
 * The sign-off lines for letter-style channels ("Mit freundlichen Grüßen", agent, brand), in
 * the culture's order (Japanese: brand, then 担当 agent). A line whose `{agent}`/`{brand}` is
 * empty is left out. Chat and social messages are not signed: [].
 */
export function signOff(pack: LocalePack, who: { agentName: string; brandName: string; channel: ReplyChannel }): string[] {
  if (writingStyle(who.channel) === 'chat') return [];
  const values = { agent: oneLine(who.agentName), brand: oneLine(who.brandName) };
  return pack.signOff.email.map((line) => fillTemplate(line, values)).filter((line): line is string => !!line);
}

/** The short courtesy line before the sign-off, or null where the culture (or chat) does without. */
export function closingLine(pack: LocalePack, options: { channel: ReplyChannel }): string | null {
  return pack.closing[writingStyle(options.channel)];
}

function oneLine(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

function capitalize(text: string, language: string): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}
