/** Counts of letters per writing system in a text: the first, cheapest clue to its language. Pure. */
export interface ScriptCounts {
  latin: number;
  cyrillic: number;
  kana: number;
  han: number;
  hangul: number;
  thai: number;
  hebrew: number;
  arabic: number;
  greek: number;
  other: number;
  total: number;
}

const SCAN_LIMIT = 1000;

export function countScripts(text: string): ScriptCounts {
  const c: ScriptCounts = { latin: 0, cyrillic: 0, kana: 0, han: 0, hangul: 0, thai: 0, hebrew: 0, arabic: 0, greek: 0, other: 0, total: 0 };
  const end = Math.min(text.length, SCAN_LIMIT);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) c.latin++;
      else continue;
    } else if (code >= 0x00c0 && code <= 0x024f) c.latin++;
    else if (code >= 0x1e00 && code <= 0x1eff) c.latin++; // Vietnamese precomposed letters
    else if (code >= 0x0400 && code <= 0x04ff) c.cyrillic++;
    else if (code >= 0x3040 && code <= 0x30ff) c.kana++;
    else if (code >= 0xff66 && code <= 0xff9d) c.kana++; // half-width katakana
    else if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)) c.han++;
    else if ((code >= 0xac00 && code <= 0xd7af) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f)) c.hangul++;
    else if (code >= 0x0e00 && code <= 0x0e7f) c.thai++;
    else if (code >= 0x0590 && code <= 0x05ff) c.hebrew++;
    else if ((code >= 0x0600 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f) || (code >= 0xfb50 && code <= 0xfeff)) c.arabic++;
    else if (code >= 0x0370 && code <= 0x03ff) c.greek++;
    else if (code >= 0x0300 && code <= 0x036f) continue; // combining marks
    else if (/\p{L}/u.test(text[i]!)) c.other++;
    else continue;
    c.total++;
  }
  return c;
}

/** Languages of the N3 set written in the Latin alphabet. */
export const LATIN_LANGUAGES: ReadonlySet<string> = new Set([
  'en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'sv', 'da', 'fi', 'no', 'tr', 'vi', 'id', 'ms', 'cs',
]);
