/**
 * Triage's API as the app uses it: types taken type-only from the server's zod schemas (as in
 * api/types.ts), and the model, retraining and intent-correction queries and writes.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { z } from 'zod';
import { get, patch, post } from '../api/client';
import type { TicketDetail, TicketSummary } from '../api/types';
import { ticketKey } from '../ticket/useTicket';
import type { modelInfoView, retrainRunView } from '../../../src/modules/triage/triage.schemas.js';

export type { TriageView } from '../../../src/modules/triage/triage.schemas.js';
export type ModelInfo = z.infer<typeof modelInfoView>;
export type RetrainRun = z.infer<typeof retrainRunView>;
export interface RetrainRuns {
  items: RetrainRun[];
  pendingCorrections: number;
}

const modelKey = ['triage', 'model'] as const;
const runsKey = ['triage', 'runs'] as const;

export const useTriageModel = () => useQuery({ queryKey: modelKey, queryFn: () => get<ModelInfo>('/api/triage/model'), staleTime: 60_000 });

/** Supervisors and admins only; `poll` while a retrain the agent asked for has not reported yet. */
export const useRetrainRuns = (enabled: boolean, poll: boolean) =>
  useQuery({ queryKey: runsKey, queryFn: () => get<RetrainRuns>('/api/triage/runs'), enabled, refetchInterval: poll ? 3_000 : false });

export function useRetrain() {
  return useMutation({ mutationFn: () => post<{ queued: boolean }>('/api/triage/retrain') });
}

/** After a retrain run shows up, the model in use may have changed. */
export function useRefreshModel() {
  const queryClient = useQueryClient();
  return useCallback(() => void queryClient.invalidateQueries({ queryKey: modelKey }), [queryClient]);
}

type TicketLike = Pick<TicketSummary, 'intent' | 'intentSource' | 'needsTriage' | 'intentConfidence'>;

/**
 * Sets a ticket's intent (a correction the model learns from). The ticket shows the new intent at
 * once; if the server refuses, it goes back and the error is shown. The inbox refreshes after, so
 * the ticket leaves the "needs triage" view.
 */
export function useCorrectIntent(ticketId: number) {
  const queryClient = useQueryClient();
  const key = ticketKey(ticketId);
  return useMutation({
    mutationFn: (intent: string) => patch<TicketDetail>(`/api/tickets/${ticketId}`, { intent }),
    onMutate: async (intent) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<TicketDetail>(key);
      if (previous) {
        const optimistic: TicketLike = { intent, intentSource: 'agent', needsTriage: false, intentConfidence: null };
        queryClient.setQueryData<TicketDetail>(key, { ...previous, ...optimistic });
      }
      return { previous };
    },
    onError: (_error, _intent, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (ticket) => queryClient.setQueryData(key, ticket),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['tickets'] }),
  });
}
