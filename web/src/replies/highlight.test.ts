import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findVariable, holeRanges, markReply, mergeRanges, openVariables, splitMarked, variableRanges } from './highlight';

describe('marking what must be filled in', () => {
  it('finds {{variables}} with or without spaces, each name once', () => {
    const text = 'Order {{order.number}} shipped by {{ tracking.carrier }}; again {{order.number}}.';
    expect(variableRanges(text).map((r) => text.slice(r.start, r.end))).toEqual(['{{order.number}}', '{{ tracking.carrier }}', '{{order.number}}']);
    expect(openVariables(text)).toEqual(['order.number', 'tracking.carrier']);
    expect(openVariables('No braces { here }, {single} or {{}}')).toEqual([]);
  });

  it('marks variables and the guard’s placeholders in the text', () => {
    const text = 'Dear [Customer Name], your order {{order.number}} is on its way.';
    const pieces = markReply(text, [{ kind: 'placeholder', text: '[Customer Name]', index: 5 }]);
    expect(pieces).toEqual([
      { text: 'Dear ', mark: null },
      { text: '[Customer Name]', mark: 'placeholder' },
      { text: ', your order ', mark: null },
      { text: '{{order.number}}', mark: 'variable' },
      { text: ' is on its way.', mark: null },
    ]);
  });

  it('finds a hole by its text when the agent typed since the check (its index moved)', () => {
    const text = 'Hello! Dear [Name], thanks. [Name]';
    const ranges = holeRanges(text, [{ kind: 'placeholder', text: '[Name]', index: 5 }]);
    expect(ranges.map((r) => r.start)).toEqual([12, 28]);
    expect(holeRanges(text, [{ kind: 'placeholder', text: 'XXX', index: 0 }])).toEqual([]);
    expect(holeRanges(text, [{ kind: 'placeholder', text: '', index: 0 }])).toEqual([]);
  });

  it('joins overlapping marks; a placeholder wins over a variable', () => {
    expect(
      mergeRanges([
        { start: 10, end: 20, kind: 'variable' },
        { start: 0, end: 4, kind: 'variable' },
        { start: 15, end: 25, kind: 'placeholder' },
      ]),
    ).toEqual([
      { start: 0, end: 4, kind: 'variable' },
      { start: 10, end: 25, kind: 'placeholder' },
    ]);
  });

  it('finds a variable to select it in the textarea', () => {
    const text = 'a {{ x }} b {{order.number}}';
    expect(findVariable(text, 'order.number')).toEqual([12, 28]);
    expect(findVariable(text, 'x')).toEqual([2, 9]);
    expect(findVariable(text, 'missing')).toBeNull();
  });

  it('always gives the text back when the pieces are joined, whatever the ranges', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(fc.record({ start: fc.integer({ min: -5, max: 70 }), end: fc.integer({ min: -5, max: 70 }), kind: fc.constantFrom('variable' as const, 'placeholder' as const) }), { maxLength: 6 }),
        (text, ranges) => {
          const pieces = splitMarked(text, ranges);
          expect(pieces.map((p) => p.text).join('')).toBe(text);
          expect(pieces.every((p) => p.text.length > 0)).toBe(true);
        },
      ),
    );
  });
});
