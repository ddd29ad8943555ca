import { createHash } from 'node:crypto';

export interface WeightedVariant {
  variant: string;
  trafficShare: number;
}

/**
 * The variant a ticket gets: a stable bucket 0–99 from the ticket and the template, then the
 * variants' shares laid end to end (sorted by name, so editing one share moves as few tickets as
 * possible). The same ticket always sees the same variant; shares that do not add up to 100
 * are scaled.
 */
export function assignVariant<T extends WeightedVariant>(variants: readonly T[], ticketId: number, templateId: string): T {
  if (variants.length === 0) throw new Error('assignVariant needs at least one variant');
  if (variants.length === 1) return variants[0]!;
  const sorted = [...variants].sort((a, b) => a.variant.localeCompare(b.variant));
  const total = sorted.reduce((sum, v) => sum + Math.max(0, v.trafficShare), 0);
  if (total <= 0) return sorted[0]!;
  const point = bucket(`${templateId}:${ticketId}`) * total;
  let edge = 0;
  for (const v of sorted) {
    edge += Math.max(0, v.trafficShare);
    if (point < edge) return v;
  }
  return sorted.at(-1)!;
}

/** A number in [0, 1) from a hash: uniform, and the same for the same key in every process. */
export function bucket(key: string): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0) / 2 ** 32;
}
