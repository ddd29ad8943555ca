import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, patch, post } from '../api/client';
import type { TicketDetail, UpdateTicketInput } from '../api/types';

export const ticketKey = (id: number) => ['ticket', id] as const;

/** One ticket with its messages and timeline; the inbox prefetches with the same options. */
export const ticketQuery = (id: number) =>
  queryOptions({ queryKey: ticketKey(id), queryFn: () => get<TicketDetail>(`/api/tickets/${id}`), staleTime: 5_000 });

export function useTicket(id: number) {
  return useQuery(ticketQuery(id));
}

/**
 * Every write to a ticket answers with the whole ticket; the cache takes it at once, so the
 * agent sees the change without waiting for a refetch, and the inbox refreshes behind.
 */
function useTicketWrite<I>(id: number, write: (input: I) => Promise<TicketDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (ticket) => {
      queryClient.setQueryData(ticketKey(ticket.id), ticket);
      if (ticket.id !== id) void queryClient.invalidateQueries({ queryKey: ticketKey(id) });
      void queryClient.invalidateQueries({ queryKey: ['tickets'] });
    },
  });
}

export const useUpdateTicket = (id: number) => useTicketWrite(id, (input: UpdateTicketInput) => patch<TicketDetail>(`/api/tickets/${id}`, input));

export const useReply = (id: number) =>
  useTicketWrite(id, (input: { text: string; status?: string }) => post<TicketDetail>(`/api/tickets/${id}/reply`, input));

export const useNote = (id: number) => useTicketWrite(id, (input: { text: string }) => post<TicketDetail>(`/api/tickets/${id}/notes`, input));

export const useMerge = (id: number) =>
  useTicketWrite(id, (input: { targetId: number }) => post<TicketDetail>(`/api/tickets/${id}/merge`, input));
