import { describe, expect, it } from 'vitest';
import { compactConditions, moved, setConditions, splitList } from './conditions';

describe('rule conditions in the admin screen', () => {
  it('splits typed lists on commas and spaces', () => {
    expect(splitList(' DE, NL ,at;; DE ')).toEqual(['DE', 'NL', 'at']);
    expect(splitList('')).toEqual([]);
  });

  it('drops empty lists and keeps a vip flag of false', () => {
    expect(compactConditions({ countries: [], vip: false, languages: ['de'] })).toEqual({ vip: false, languages: ['de'] });
  });

  it('lists the set conditions in summary order', () => {
    expect(setConditions({ vip: true, countries: ['DE'], tags: [] })).toEqual(['countries', 'vip']);
  });

  it('moves a rule up or down, never out of the list', () => {
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
