import { describe, expect, it } from 'vitest';
import { minHoursInStatus, statusesConstrainedBy } from './automation-schedule.js';

describe('scheduled rules: the status prefilter', () => {
  it('reads statuses a rule pins at its top level', () => {
    expect(statusesConstrainedBy({ field: 'status', op: 'eq', value: 'pending' })).toEqual(['pending']);
    expect(statusesConstrainedBy({ all: [{ field: 'status', op: 'in', value: ['pending', 'on_hold'] }, { field: 'hoursInStatus', op: 'gte', value: 72 }] })).toEqual(['pending', 'on_hold']);
    expect(statusesConstrainedBy({ all: [{ field: 'status', op: 'in', value: ['pending', 'open'] }, { field: 'status', op: 'eq', value: 'open' }] })).toEqual(['open']);
    // Solved tickets only when asked for by name; closed ones never.
    expect(statusesConstrainedBy({ field: 'status', op: 'in', value: ['solved', 'closed'] })).toEqual(['solved']);
  });

  it('leaves the status open when the rule does not pin it plainly', () => {
    expect(statusesConstrainedBy({ all: [{ field: 'hoursInStatus', op: 'gte', value: 72 }] })).toBeNull();
    expect(statusesConstrainedBy({ any: [{ field: 'status', op: 'eq', value: 'pending' }, { field: 'priority', op: 'eq', value: 'P1' }] })).toBeNull();
    expect(statusesConstrainedBy({ field: 'status', op: 'neq', value: 'pending' })).toBeNull();
  });
});

describe('scheduled rules: the time-in-status prefilter', () => {
  it('takes the largest lower bound on hoursInStatus the rule sets at its top level', () => {
    expect(minHoursInStatus({ all: [{ field: 'status', op: 'eq', value: 'pending' }, { field: 'hoursInStatus', op: 'gte', value: 72 }, { field: 'hoursInStatus', op: 'lt', value: 168 }] })).toBe(72);
    expect(minHoursInStatus({ field: 'hoursInStatus', op: 'gt', value: 24 })).toBe(24);
    expect(minHoursInStatus({ any: [{ field: 'hoursInStatus', op: 'gte', value: 72 }] })).toBeNull();
    expect(minHoursInStatus({ all: [{ field: 'hoursInStatus', op: 'lte', value: 72 }] })).toBeNull();
  });
});
