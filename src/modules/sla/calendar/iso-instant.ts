import { DateTime } from 'luxon';

// A date, a time and an explicit offset: without one an instant would depend on whose clock reads it.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$/i;

/** An ISO 8601 instant with an offset ("2026-03-27T16:30:00Z", "2026-03-27T17:30+01:00"), or null. */
export function parseIsoInstant(text: string): Date | null {
  if (!INSTANT.test(text)) return null;
  const parsed = DateTime.fromISO(text, { setZone: true });
  return parsed.isValid ? parsed.toJSDate() : null;
}
