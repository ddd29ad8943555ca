/** Language tags as replies and translation use them. Pure. */

/** Scripts written right to left (by the tag's primary language). */
const RTL = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'yi', 'ps', 'ckb', 'dv', 'sd', 'ug']);

/** `pt-BR` → `pt`; `zh-CN` → `zh`. */
export function primaryLanguage(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}

export function isRtl(tag: string | null | undefined): boolean {
  return !!tag && RTL.has(primaryLanguage(tag));
}

export const directionOf = (tag: string | null | undefined): 'rtl' | 'ltr' => (isRtl(tag) ? 'rtl' : 'ltr');

/** Same language for reading purposes: `pt-BR` and `pt` are; `zh` and `ja` are not. */
export function sameLanguage(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && primaryLanguage(a) === primaryLanguage(b);
}

/** A buyer's message is worth translating when its language is known and is not the agent's. */
export function needsTranslation(messageLanguage: string | null | undefined, agentLanguage: string): boolean {
  return !!messageLanguage && !sameLanguage(messageLanguage, agentLanguage);
}
