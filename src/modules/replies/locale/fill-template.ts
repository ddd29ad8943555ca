/** Placeholders that may be empty without making the text wrong (`{academic}`). */
const OPTIONAL = new Set(['academic']);

/**
 * Fills `{placeholders}`. Returns null when a required one is empty, so the caller can try the
 * next form; an empty optional one disappears together with one of the spaces around it. Pure.
 * @example fillTemplate('Szanowna Pani {academic},', { academic: '' }) // 'Szanowna Pani,'
 * @example fillTemplate('Sehr geehrte {honorific} {family},', { honorific: 'Frau', family: null }) // null
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | null | undefined>>): string | null {
  let missing = false;
  const out = template.replace(/( ?)\{(\w+)\}( ?)/g, (_, before: string, key: string, after: string) => {
    const value = values[key];
    if (value) return before + value + after;
    if (!OPTIONAL.has(key)) missing = true;
    return before && after ? ' ' : '';
  });
  return missing ? null : out.trim();
}
