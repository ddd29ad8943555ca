import { infiniteQueryOptions, useInfiniteQuery, type QueryClient } from '@tanstack/react-query';
import { get } from '../api/client';
import type { Page, TicketSummary } from '../api/types';
import { listQuery, parseInboxSearch, type Filters } from './filters';

export const PAGE_SIZE = 50;

const ticketListOptions = (query: Filters) =>
  infiniteQueryOptions({
    queryKey: ['tickets', query],
    queryFn: ({ pageParam }) => get<Page<TicketSummary>>('/api/tickets', { ...query, limit: PAGE_SIZE, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** The inbox list, a cursor page at a time; later pages are fetched on demand, never counted. */
export function useTicketList(query: Filters) {
  return useInfiniteQuery({ ...ticketListOptions(query), placeholderData: (previous) => previous });
}

/**
 * Asks for the inbox's first page while the app is still checking the session, instead of after:
 * the two requests overlap and the first paint with data comes one round trip sooner. Signed
 * out, the request fails quietly and the inbox asks again after sign-in.
 */
export function prefetchInbox(queryClient: QueryClient, search: string): void {
  void queryClient.prefetchInfiniteQuery(ticketListOptions(listQuery(parseInboxSearch(search))));
}
