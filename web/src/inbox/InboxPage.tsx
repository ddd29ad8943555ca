import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { ApiError, post } from '../api/client';
import { useSavedViews } from '../api/lookups';
import type { BulkResult, UpdateTicketInput } from '../api/types';
import { ticketQuery } from '../ticket/useTicket';
import { useSession } from '../app/session';
import { useShortcuts } from '../shell/shortcuts';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { EmptyState, ErrorState, InlineError } from '../shell/states';
import { BulkBar } from './BulkBar';
import { FilterBar } from './FilterBar';
import { isBuiltInView, listQuery, parseInboxSearch, toInboxSearch, withFilter, type InboxState } from './filters';
import { rememberInbox } from './last-inbox';
import { TicketTable } from './TicketTable';
import { useTicketList } from './useTicketList';
import { ViewList } from './ViewList';

export function InboxPage() {
  const { t } = useTranslation(['inbox', 'common']);
  const { session } = useSession();
  const search = useSearch();
  const [, navigate] = useLocation();
  const state = useMemo(() => parseInboxSearch(search), [search]);
  useEffect(() => rememberInbox(search), [search]);
  const query = useMemo(() => listQuery(state), [state]);
  const list = useTicketList(query);
  const tickets = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const [cursor, setCursor] = useState(0);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const queryClient = useQueryClient();
  const views = useSavedViews();

  const go = (next: InboxState) => {
    setSelected(new Set());
    setCursor(0);
    const qs = toInboxSearch(next);
    navigate(qs ? `/?${qs}` : '/');
  };

  useEffect(() => {
    if (cursor >= tickets.length && tickets.length > 0) setCursor(tickets.length - 1);
  }, [cursor, tickets.length]);

  // Opening a ticket should feel instant: load its screen's code once the inbox is up, and its
  // data as soon as the agent points at it (mouse or j/k).
  const hasTickets = tickets.length > 0;
  useEffect(() => {
    if (hasTickets) void import('../ticket/TicketPage');
  }, [hasTickets]);
  const prefetch = useCallback((id: number) => void queryClient.prefetchQuery(ticketQuery(id)), [queryClient]);
  const cursorId = tickets[cursor]?.id;
  useEffect(() => {
    if (cursorId !== undefined && cursor > 0) prefetch(cursorId);
  }, [cursorId, cursor, prefetch]);

  // Keep the row under the keyboard cursor in sight. Not on first render: the first row is in
  // sight anyway, and asking costs a forced layout of the whole table.
  useEffect(() => {
    if (cursor === 0) return;
    const row = document.querySelector<HTMLElement>(`tr[data-ticket-id="${tickets[cursor]?.id}"]`);
    row?.scrollIntoView({ block: 'nearest' });
  }, [cursor, tickets]);

  // `a` and `e` act on the selected tickets, or on the one under the cursor: one bulk request,
  // and the tickets that could not change are named.
  const quickUpdate = useMutation({
    mutationFn: async ({ ids, update }: { ids: number[]; update: UpdateTicketInput }) => {
      const result = await post<BulkResult>('/api/tickets/bulk', { ids, update });
      if (result.failed.length > 0) throw new ApiError(422, 'bulk_partial', result.failed.map((f) => `#${f.id}: ${f.message}`).join('; '));
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['tickets'] }),
  });
  const targets = () => (selected.size > 0 ? [...selected] : tickets[cursor] ? [tickets[cursor].id] : []);
  const open = (id: number) => navigate(`/tickets/${id}`);

  useShortcuts({
    j: () => setCursor((c) => Math.min(c + 1, tickets.length - 1)),
    k: () => setCursor((c) => Math.max(c - 1, 0)),
    Enter: () => tickets[cursor] && open(tickets[cursor].id),
    o: () => tickets[cursor] && open(tickets[cursor].id),
    x: () => tickets[cursor] && toggle(tickets[cursor].id),
    a: () => quickUpdate.mutate({ ids: targets(), update: { assigneeId: session.agent.id } }),
    e: () => quickUpdate.mutate({ ids: targets(), update: { status: 'solved' } }),
  });

  const toggle = (id: number) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const filtered = Object.keys(state.filters).length > 0;
  const savedName = views.data?.find((view) => view.id === state.view)?.name;
  const title = isBuiltInView(state.view) ? t(`views.${state.view}`) : (savedName ?? t('title'));
  useDocumentTitle(title);

  return (
    <div className="inbox">
      <ViewList state={state} onOpen={go} />
      <section className="inbox-main" aria-labelledby="inbox-title">
        <div className="inbox-head">
          <FilterBar
            title={<h1 id="inbox-title">{title}</h1>}
            state={state} onChange={(key, value) => go(withFilter(state, key, value))} onSaved={(view) => go({ view: view.id, filters: view.filters })} />
        </div>
        <div className="bulk-slot">
          {selected.size > 0 ? (
            <BulkBar ids={[...selected]} onDone={() => setSelected(new Set())} />
          ) : (
            <p className="muted small list-hint">
              {list.isFetching && !list.isFetchingNextPage ? t('refreshing') : t('keyboardHint')}
            </p>
          )}
        </div>
        <InlineError error={quickUpdate.error} />
        {list.isError && tickets.length === 0 ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <div className="table-scroll">
            <TicketTable
              tickets={tickets}
              loading={list.isPending}
              cursor={cursor}
              selected={selected}
              onToggle={toggle}
              onToggleAll={(all) => setSelected(all ? new Set(tickets.map((x) => x.id)) : new Set())}
              onOpen={open}
              onCursor={setCursor}
              onPoint={prefetch}
            />
            {!list.isPending && tickets.length === 0 && (
              <EmptyState title={filtered ? t('empty.filtered') : t('empty.title')} hint={filtered ? t('empty.filteredHint') : t('empty.hint')} />
            )}
            {list.hasNextPage && (
              <div className="load-more">
                <button type="button" className="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
                  {list.isFetchingNextPage ? t('common:loading') : t('loadMore')}
                </button>
              </div>
            )}
          </div>
        )}
      </section>
    </div>
  );
}
