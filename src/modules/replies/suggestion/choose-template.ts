import { assignVariant } from '../experiments/assignment.js';

export interface VariantCandidate {
  id: string;
  templateId: string;
  key: string;
  channels: readonly string[];
  language: string;
  brandId: string | null;
  variant: string;
  trafficShare: number;
  subject: string;
  body: string;
}

export interface ChoiceInput {
  ticketId: number;
  brandId: string;
  channel: string;
  /** Languages in order of preference: the buyer's, then the fallbacks. */
  languages: readonly string[];
}

/**
 * The variant of one template a ticket gets: the first preferred language that has one, the
 * brand's own override before the workspace's, a template limited to other channels skipped,
 * then the A/B variant by deterministic assignment.
 */
export function chooseVariant(candidates: readonly VariantCandidate[], input: ChoiceInput): VariantCandidate | null {
  const usable = candidates.filter((c) => (c.channels.length === 0 || c.channels.includes(input.channel)) && (c.brandId === null || c.brandId === input.brandId));
  for (const language of input.languages) {
    const inLanguage = usable.filter((c) => c.language === language);
    if (!inLanguage.length) continue;
    const brandOwn = inLanguage.filter((c) => c.brandId === input.brandId);
    const pool = brandOwn.length ? brandOwn : inLanguage;
    const live = pool.filter((c) => c.trafficShare > 0);
    return assignVariant(live.length ? live : pool, input.ticketId, pool[0]!.templateId);
  }
  return null;
}

/** Buyer's language first, then the ticket's brand default, then English. */
export function languagePreference(...languages: (string | null | undefined)[]): string[] {
  const out: string[] = [];
  for (const l of [...languages, 'en']) {
    const base = l?.toLowerCase().split(/[-_]/)[0];
    if (base && !out.includes(base)) out.push(base);
  }
  return out;
}
