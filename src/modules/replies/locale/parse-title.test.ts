import { describe, expect, it } from 'vitest';
import { parseTitle, type ParsedTitle } from './parse-title.js';

const CASES: Array<[string | null, ParsedTitle]> = [
  ['Frau Dr.', { gender: 'female', academic: ['dr'] }],
  ['Mrs', { gender: 'female', academic: [] }],
  ['Ms.', { gender: 'female', academic: [] }],
  ['Mr', { gender: 'male', academic: [] }],
  ['Herr', { gender: 'male', academic: [] }],
  ['Dr.', { gender: 'unknown', academic: ['dr'] }],
  ['Prof. Dr.', { gender: 'unknown', academic: ['prof', 'dr'] }],
  ['Prof.Dr.', { gender: 'unknown', academic: ['prof', 'dr'] }],
  ['Dr. med.', { gender: 'unknown', academic: ['dr'] }],
  ['Dr.-Ing.', { gender: 'unknown', academic: ['dr'] }],
  ['Dipl.-Ing.', { gender: 'unknown', academic: ['ing'] }],
  ['Madame', { gender: 'female', academic: [] }],
  ['M.', { gender: 'male', academic: [] }],
  ['Sr.', { gender: 'male', academic: [] }],
  ['Sra.', { gender: 'female', academic: [] }],
  ['Dra.', { gender: 'female', academic: ['dr'] }],
  ['Sig.ra', { gender: 'female', academic: [] }],
  ['Dott.ssa', { gender: 'female', academic: ['dr'] }],
  ['de heer', { gender: 'male', academic: [] }],
  ['Mevr.', { gender: 'female', academic: [] }],
  ['Pani', { gender: 'female', academic: [] }],
  ['Hanım', { gender: 'female', academic: [] }],
  ['女士', { gender: 'female', academic: [] }],
  ['先生', { gender: 'male', academic: [] }],
  ['王女士', { gender: 'female', academic: [] }],
  ['教授', { gender: 'unknown', academic: ['prof'] }],
  ['様', { gender: 'unknown', academic: [] }],
  ['السيدة', { gender: 'female', academic: [] }],
  ['الدكتور', { gender: 'male', academic: ['dr'] }],
  ["גב'", { gender: 'female', academic: [] }],
  ['นางสาว', { gender: 'female', academic: [] }],
  ['Bapak', { gender: 'male', academic: [] }],
  ['Mx', { gender: 'unknown', academic: [] }],
  ['Mr & Mrs', { gender: 'unknown', academic: [] }],
  ['Ms. Prof.', { gender: 'female', academic: ['prof'] }],
  ['Captain', { gender: 'unknown', academic: [] }],
  ['', { gender: 'unknown', academic: [] }],
  [null, { gender: 'unknown', academic: [] }],
];

describe('parseTitle', () => {
  it.each(CASES)('%j', (title, expected) => {
    expect(parseTitle(title)).toEqual(expected);
  });
});
