/**
 * The shape of a locale pack (one JSON file per locale in `packs/`): the cultural rules of
 * writing to a buyer, as data. Validated by `localePackSchema` when the module loads.
 */

export type Tone = 'direct' | 'neutral' | 'warm' | 'apologetic';
export type Brevity = 'short' | 'medium' | 'long';
export type Formality = 'formal' | 'informal';
export type NameOrder = 'given-family' | 'family-given';
export type Gender = 'female' | 'male' | 'unknown';
/** Academic titles we recognise, highest first: professor, doctor, magister (AT, CZ), engineer (Ing., Dipl.-Ing.). */
export type Academic = 'prof' | 'dr' | 'mag' | 'ing';

/** A text that may depend on the buyer's gender; a plain string is the same for everyone. */
export type Gendered = string | { female?: string; male?: string; unknown?: string };

/**
 * The salutation forms of one style (e-mail-like or chat-like). Placeholders: `{honorific}`
 * (required), `{academic}` (may be empty), `{given}`, `{family}`, `{name}`, `{familyOrName}`
 * (each required: a form whose name is unknown is skipped). The first form that can be
 * filled wins, in the order set by `prefer`; `anonymous` when no name is known at all.
 */
export interface SalutationStyle {
  /** Used only when the customer's title gave a gender or an academic title. */
  title?: Gendered;
  given?: Gendered;
  name?: Gendered;
  anonymous: string;
  /** A courtesy line that follows the address line (Arabic "تحية طيبة وبعد،"). */
  opening?: string | null;
  /** Religious greeting, used instead of `opening` only when the workspace enables it. */
  religious?: { text: string; position: 'before' | 'after' } | null;
}

export interface TitleRules {
  /**
   * How the honorific is built: `gender-academic` "Frau Prof. Dr.", `academic-or-gender` "Dr." or
   * "Ms", `gender` "Madame"/"Hanım" (academic titles unused), `fixed` always `fixed` ("様").
   */
  compose: 'gender-academic' | 'academic-or-gender' | 'gender' | 'fixed';
  female: string | null;
  male: string | null;
  fixed?: string;
  /** Running-text forms ("Dr.", "Dott.ssa"). */
  academic?: Partial<Record<Academic, Gendered>>;
  /** Forms inside a salutation when they differ (Polish vocative "Doktorze"); default `academic`. */
  address?: Partial<Record<Academic, Gendered>>;
}

export interface LocalePack {
  /** BCP 47 tag, e.g. `de-DE`; Norwegian Bokmål ships as `no-NO`. */
  locale: string;
  /** ISO 639-1 as used by triage (Norwegian is `no`). */
  language: string;
  /** ISO 3166-1 alpha-2. */
  region: string | null;
  /** The pack chosen for the bare language ("pt" → pt-BR). Exactly one per language. */
  languageDefault: boolean;
  /** Locale handed to Intl when it differs from `locale`. */
  intlLocale?: string;
  direction: 'ltr' | 'rtl';
  /** Main IANA zone of the region (the buyer's own zone, when known, wins). */
  timeZone: string;
  /** ISO 4217 currency of the region. */
  currency: string;
  hour12: boolean;
  /** Intl calendar when not Gregorian (Thai: `buddhist`). */
  calendar?: string;
  /** Intl numbering system when the locale default is not wanted (Arabic: `latn`). */
  numberingSystem?: string;
  /** Symbol overrides per currency, e.g. ja-JP `{"JPY": "¥"}` instead of the full-width ￥. */
  currencySymbols?: Record<string, string>;
  /** ISO weekdays of the weekend (1 = Monday … 7 = Sunday). */
  weekend: number[];
  tone: Tone;
  brevity: Brevity;
  formality: Formality;
  nameOrder: NameOrder;
  names?: {
    /** Order for Latin-script names in a CJK locale ("Minsu Kim 고객님"). Default `nameOrder`. */
    latinOrder?: NameOrder;
    /** Which word of the given name people are called by (Vietnamese: the last). */
    call?: 'first-word' | 'whole' | 'last-word';
    /** Capitalise the family name when it stands alone (Dutch "heer Van Dijk"). */
    capitalizeFamily?: boolean;
  };
  titles: TitleRules;
  salutation: {
    prefer: 'title' | 'given';
    /** E-mail, marketplace, web form, API and phone follow-ups. */
    email: SalutationStyle;
    /** Live chat and social messages. */
    chat: SalutationStyle;
  };
  /** Short courtesy before the sign-off; null when the culture does without. */
  closing: { email: string | null; chat: string | null };
  /** Sign-off lines with `{agent}` and `{brand}`; chat has none. */
  signOff: { email: string[] };
  avoid: {
    /** Never style overdue payments in red (Middle East). */
    redOverdue: boolean;
    notes: string[];
    colors?: string[];
    /** Words or phrases never to send to a buyer of this locale. */
    phrases?: string[];
    emoji?: string[];
  };
}
