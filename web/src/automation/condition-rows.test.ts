import { describe, expect, it } from 'vitest';
import { fromRows, toRows } from './condition-rows';

describe('condition builder rows', () => {
  it('turns rows into a condition and back', () => {
    const condition = fromRows({
      match: 'any',
      rows: [
        { field: 'risk', op: 'contains', value: ' chargeback ' },
        { field: 'status', op: 'in', value: 'open, pending,' },
        { field: 'hoursInStatus', op: 'gte', value: '72' },
        { field: 'assigneeId', op: 'not_exists', value: 'ignored' },
        { field: '', op: 'eq', value: 'blank rows are dropped' },
      ],
    });
    expect(condition).toEqual({
      any: [
        { field: 'risk', op: 'contains', value: 'chargeback' },
        { field: 'status', op: 'in', value: ['open', 'pending'] },
        { field: 'hoursInStatus', op: 'gte', value: 72 },
        { field: 'assigneeId', op: 'not_exists' },
      ],
    });
    expect(toRows(condition)?.rows.map((r) => r.value)).toEqual(['chargeback', 'open, pending', '72', '']);
  });

  it('leaves nested trees to the JSON editor', () => {
    expect(toRows({ all: [{ any: [{ field: 'status', op: 'eq', value: 'open' }] }] })).toBeNull();
    expect(toRows({ not: { field: 'status', op: 'eq', value: 'open' } })).toBeNull();
    expect(toRows({ field: 'marketplace', op: 'eq', value: 'amazon' })).toEqual({ match: 'all', rows: [{ field: 'marketplace', op: 'eq', value: 'amazon' }] });
  });
});
