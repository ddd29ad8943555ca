import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILTER_KEYS, listQuery, parseInboxSearch, toInboxSearch, withFilter, type InboxState } from './filters';

describe('inbox filters in the URL', () => {
  it('opens the "all open" view when the URL says nothing', () => {
    expect(parseInboxSearch('')).toEqual({ view: 'open', filters: {} });
    expect(listQuery(parseInboxSearch(''))).toEqual({ status: 'new,open' });
  });

  it('keeps a built-in view and narrows it with the agent’s filters', () => {
    const state = withFilter(parseInboxSearch('view=pending'), 'language', 'de');
    expect(toInboxSearch(state)).toBe('view=pending&language=de');
    expect(listQuery(state)).toEqual({ status: 'pending,on_hold', language: 'de' });
  });

  it('lets an explicit filter override the view’s own', () => {
    expect(listQuery(parseInboxSearch('view=mine&status=solved'))).toEqual({ assignee: 'me', status: 'solved' });
  });

  it('lists the unresolved tickets triage could not place in the "needs triage" view', () => {
    expect(listQuery(parseInboxSearch('view=triage'))).toEqual({ needsTriage: 'true', status: 'new,open,pending,on_hold' });
    const risky = withFilter(parseInboxSearch('view=triage'), 'risk', 'chargeback,legal_threat');
    expect(toInboxSearch(risky)).toBe('view=triage&risk=chargeback%2Clegal_threat');
    expect(parseInboxSearch('risk=any').filters).toEqual({ risk: 'any' });
  });

  it('lists tickets past their SLA warning point, due soonest first, in the "SLA at risk" view', () => {
    expect(listQuery(parseInboxSearch('view=at_risk'))).toEqual({ sla: 'at_risk', sort: 'due' });
    expect(listQuery(parseInboxSearch('view=breached'))).toEqual({ sla: 'breached', status: 'new,open,pending,on_hold', sort: 'due' });
    const mine = withFilter(parseInboxSearch('view=at_risk'), 'assignee', 'me');
    expect(toInboxSearch(mine)).toBe('view=at_risk&assignee=me');
    expect(listQuery(mine)).toEqual({ sla: 'at_risk', sort: 'due', assignee: 'me' });
    expect(parseInboxSearch('sla=breached&sort=due')).toEqual({ view: null, filters: { sla: 'breached', sort: 'due' } });
  });

  it('drops a filter set back to "any" and ignores unknown parameters', () => {
    const state = withFilter(parseInboxSearch('view=open&language=de&evil=1'), 'language', null);
    expect(state).toEqual({ view: 'open', filters: {} });
  });

  it('round-trips any combination of filters through the URL', () => {
    const value = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.length > 0);
    const filters = fc.dictionary(fc.constantFrom(...FILTER_KEYS), value);
    const view = fc.option(fc.constantFrom('mine', 'unassigned', 'open', 'at_risk', 'breached', 'triage', 'pending', 'solved', 'a1b2'), { nil: null });
    fc.assert(
      fc.property(view, filters, (v, f) => {
        const state: InboxState = { view: v, filters: f };
        const back = parseInboxSearch(toInboxSearch(state));
        if (v === null && Object.keys(f).length === 0) return;
        expect(back).toEqual(state);
      }),
    );
  });
});
