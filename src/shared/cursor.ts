import { AppError } from './errors.js';

/**
 * Opaque keyset cursors. A cursor carries the sort key of the last row and the sort it was
 * made for, so a cursor from one sort is refused by another instead of skipping rows.
 *
 * @example encodeCursor({ sort: '-updated_at', key: ['2026-01-01T00:00:00.000Z', 42] })
 */
export interface Cursor {
  sort: string;
  key: (string | number | null)[];
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, ...cursor.key])).toString('base64url');
}

export function decodeCursor(raw: string, expectedSort: string, keyLength: number): Cursor {
  const invalid = () => new AppError('invalid_cursor', 'The cursor is not valid for this list; start again without it.');
  if (raw.length > 512 || !/^[A-Za-z0-9_-]+$/.test(raw)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== keyLength + 1 || parsed[0] !== expectedSort) throw invalid();
  const key = parsed.slice(1);
  if (!key.every((v) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))) {
    throw invalid();
  }
  return { sort: expectedSort, key: key as Cursor['key'] };
}

/** Checks an ISO timestamp taken from a cursor before it reaches SQL. */
export function cursorTimestamp(value: unknown): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    throw new AppError('invalid_cursor', 'The cursor is not valid for this list; start again without it.');
  }
  return value;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
