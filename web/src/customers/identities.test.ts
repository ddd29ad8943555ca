import { describe, expect, it } from 'vitest';
import { groupIdentities } from './identities';

describe('groupIdentities', () => {
  it('groups by kind in a fixed order, keeping the order within a group', () => {
    const groups = groupIdentities([
      { id: '1', kind: 'chat_visitor', value: 'v-1', marketplace: null },
      { id: '2', kind: 'email', value: 'a@example.com', marketplace: null },
      { id: '3', kind: 'marketplace_alias', value: 'x@marketplace.amazon.de', marketplace: 'amazon.de' },
      { id: '4', kind: 'email', value: 'b@example.com', marketplace: null },
    ]);
    expect(groups.map(([kind, items]) => [kind, items.map((i) => i.id)])).toEqual([
      ['email', ['2', '4']],
      ['marketplace_alias', ['3']],
      ['chat_visitor', ['1']],
    ]);
  });
  it('returns nothing for a buyer without identities', () => {
    expect(groupIdentities([])).toEqual([]);
  });
});
