/**
 * The inbox's state lives in the URL (`/?view=mine&language=de`), so a filtered inbox can be
 * bookmarked, shared and restored with the back button. These functions are pure.
 */

export const BUILT_IN_VIEWS = ['mine', 'unassigned', 'open', 'at_risk', 'breached', 'triage', 'pending', 'solved'] as const;
export type BuiltInView = (typeof BUILT_IN_VIEWS)[number];

/** The list API's own query parameters that the inbox lets agents set. */
export const FILTER_KEYS = ['status', 'priority', 'channel', 'assignee', 'brandId', 'queueId', 'intent', 'language', 'needsTriage', 'risk', 'sla', 'tag', 'q', 'sort'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

const VIEW_FILTERS: Record<BuiltInView, Filters> = {
  mine: { assignee: 'me', status: 'new,open,pending,on_hold' },
  unassigned: { assignee: 'none', status: 'new,open' },
  open: { status: 'new,open' },
  // Past their warning point and not yet due, the most urgent first: what to answer next.
  at_risk: { sla: 'at_risk', sort: 'due' },
  // Already late and still unresolved, the longest overdue first.
  breached: { sla: 'breached', status: 'new,open,pending,on_hold', sort: 'due' },
  // Tickets the classifier would not place: unresolved ones, so a correction empties the view.
  triage: { needsTriage: 'true', status: 'new,open,pending,on_hold' },
  pending: { status: 'pending,on_hold' },
  solved: { status: 'solved,closed' },
};

export const DEFAULT_VIEW: BuiltInView = 'open';

export interface InboxState {
  /** A built-in view name, a saved view's id, or null for filters set by hand. */
  view: string | null;
  filters: Filters;
}

export function isBuiltInView(view: string | null): view is BuiltInView {
  return (BUILT_IN_VIEWS as readonly (string | null)[]).includes(view);
}

export function parseInboxSearch(search: string): InboxState {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const view = params.get('view');
  if (!view && Object.keys(filters).length === 0) return { view: DEFAULT_VIEW, filters: {} };
  return { view: view || null, filters };
}

export function toInboxSearch(state: InboxState): string {
  const params = new URLSearchParams();
  if (state.view) params.set('view', state.view);
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  return params.toString();
}

/**
 * The query the list API receives: a built-in view's filters under the agent's own, so
 * "pending" + language=de means pending German tickets. A saved view's filters arrive
 * already copied into `filters` when the agent opens it.
 */
export function listQuery(state: InboxState): Filters {
  const base = isBuiltInView(state.view) ? VIEW_FILTERS[state.view] : {};
  return { ...base, ...state.filters };
}

/** Changes one filter; clearing the text box or picking "any" removes it. */
export function withFilter(state: InboxState, key: FilterKey, value: string | null): InboxState {
  const filters = { ...state.filters };
  if (value) filters[key] = value;
  else delete filters[key];
  return { view: isBuiltInView(state.view) ? state.view : null, filters };
}
