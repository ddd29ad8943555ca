// Our language tags (BCP 47: "de", "pt-BR", "zh-TW") as each provider spells them.

const TRADITIONAL_CHINESE = /^zh-(tw|hk|mo|hant)/i;
const BRITISH_ENGLISH = /^en-(gb|uk|ie|au|nz|za)/i;

/** The primary language subtag, lower case: "pt-BR" → "pt". */
export function baseLanguage(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}

/**
 * DeepL target_lang: English and Portuguese need a variant (EN-US / EN-GB, PT-BR / PT-PT),
 * Chinese a script (ZH-HANS / ZH-HANT), Norwegian is NB.
 */
export function deeplTarget(tag: string): string {
  const base = baseLanguage(tag);
  if (base === 'en') return BRITISH_ENGLISH.test(tag) ? 'EN-GB' : 'EN-US';
  if (base === 'pt') return /^pt-pt/i.test(tag) ? 'PT-PT' : 'PT-BR';
  if (base === 'zh') return TRADITIONAL_CHINESE.test(tag) ? 'ZH-HANT' : 'ZH-HANS';
  if (base === 'no' || base === 'nn' || base === 'nb') return 'NB';
  return base.toUpperCase();
}

/** DeepL source_lang: the language alone ("EN", "PT", "ZH", "NB"). */
export function deeplSource(tag: string): string {
  const base = baseLanguage(tag);
  return base === 'no' || base === 'nn' ? 'NB' : base.toUpperCase();
}

/** A provider's detected language as our tag ("EN" → "en", "nb" → "no"). */
export function fromProviderLanguage(code: string | null | undefined): string | null {
  if (!code) return null;
  const base = baseLanguage(code);
  if (!/^[a-z]{2,3}$/.test(base)) return null;
  return base === 'nb' || base === 'nn' ? 'no' : base;
}

/** LibreTranslate codes: ISO 639-1, Norwegian "nb", traditional Chinese "zt". */
export function libreLanguage(tag: string): string {
  const base = baseLanguage(tag);
  if (base === 'no' || base === 'nn') return 'nb';
  if (base === 'zh' && TRADITIONAL_CHINESE.test(tag)) return 'zt';
  return base;
}

const names = new Intl.DisplayNames(['en'], { type: 'language' });

/** "de" → "German", "pt-BR" → "Brazilian Portuguese": what an LLM is told to write. */
export function languageName(tag: string): string {
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
