/** The guard's input context and its findings (re-exported by check-reply.ts). */

export interface GuardContext {
  channel: 'email' | 'chat' | 'marketplace' | 'api' | 'web_form' | 'social' | 'phone';
  /** 'amazon' | 'ebay' | 'aliexpress' | 'temu' | 'shopee' | 'walmart' | 'etsy' | null (own shop). */
  marketplace: string | null;
  /** This buyer's own data: allowed in the reply. `country` (ISO 3166-1 alpha-2) reads local phone numbers. */
  customer: { emails: string[]; phones: string[]; orderNumbers: string[]; country?: string | null };
  /** The seller's own addresses, sites and (optionally) phone numbers: allowed, except where a marketplace forbids them. */
  brand: { emails: string[]; domains: string[]; phones?: string[] };
  /** null: no limit. */
  sender: { compensationLimit: number | null; baseCurrency: string };
  /** Units of baseCurrency one unit of the currency is worth; a missing currency counts 1:1 (with a warn finding). */
  fx: Record<string, number>;
  attachments?: { filename: string; sizeBytes: number; contentType?: string }[];
}

export interface Finding {
  rule: string;
  severity: 'block' | 'warn';
  /** English: what and why. The UI translates by `rule` + `params`. */
  message: string;
  /** The matched text (card numbers masked but for the last four digits). */
  excerpt: string;
  /** Offset of the excerpt in its text; -1 for attachments. */
  index: number;
  /** Language of the text it was found in. */
  language: string;
  params?: Record<string, string | number>;
}

/** A located phrase: [start, end) in the original text, its lexicon list and sentence. */
export interface Hit {
  start: number;
  end: number;
  list: number;
  sentence: number;
}

/** Collects findings, one per rule + excerpt (the first seen). */
export class FindingSink {
  readonly findings: Finding[] = [];
  private readonly seen = new Set<string>();

  add(finding: Finding, key: string = finding.excerpt): void {
    const k = `${finding.rule}\u0000${key}`;
    if (this.seen.has(k)) return;
    this.seen.add(k);
    this.findings.push(finding);
  }
}
