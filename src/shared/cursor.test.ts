import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.js';

describe('cursors', () => {
  it('round-trip any key for the sort they were made for', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { minLength: 1, maxLength: 4 }), (key) => {
        const raw = encodeCursor({ sort: '-updated_at', key });
        expect(decodeCursor(raw, '-updated_at', key.length).key).toEqual(key);
      }),
    );
  });

  it('refuse cursors of another sort, another length, or garbage with invalid_cursor', () => {
    const raw = encodeCursor({ sort: 'created_at', key: ['2026-01-01T00:00:00.000Z', 1] });
    for (const [input, sort, len] of [[raw, '-updated_at', 2], [raw, 'created_at', 3], ['%%%', 'created_at', 2], ['e30', 'created_at', 2], ['x'.repeat(600), 'created_at', 2]] as const) {
      expect(() => decodeCursor(input, sort, len)).toThrow(expect.objectContaining({ code: 'invalid_cursor' }));
    }
    fc.assert(
      fc.property(fc.string(), (garbage) => {
        try {
          decodeCursor(garbage, 'created_at', 2);
        } catch (error) {
          expect((error as { code: string }).code).toBe('invalid_cursor');
        }
      }),
    );
  });
});
