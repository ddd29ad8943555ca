import { useInfiniteQuery } from '@tanstack/react-query';
import { get } from '../api/client';
import type { Page, TicketSummary } from '../api/types';
import type { Filters } from './filters';

const PAGE_SIZE = 50;

/** The inbox list, a cursor page at a time; later pages are fetched on demand, never counted. */
export function useTicketList(query: Filters) {
  return useInfiniteQuery({
    queryKey: ['tickets', query],
    queryFn: ({ pageParam }) => get<Page<TicketSummary>>('/api/tickets', { ...query, limit: PAGE_SIZE, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
}
