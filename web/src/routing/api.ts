import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, del, get, patch, post } from '../api/client';
import type { AgentRouting, Presence, Queue, Rule } from './types';

const keys = {
  agents: ['routing', 'agents'] as const,
  me: ['routing', 'me'] as const,
  queues: ['routing', 'queues'] as const,
  rules: ['routing', 'rules'] as const,
  calendars: ['routing', 'calendars'] as const,
};

export const useRoutingAgents = () => useQuery({ queryKey: keys.agents, queryFn: () => get<{ items: AgentRouting[] }>('/api/routing/agents').then((r) => r.items) });
export const useQueues = () => useQuery({ queryKey: keys.queues, queryFn: () => get<{ items: Queue[] }>('/api/routing/queues').then((r) => r.items) });
export const useRules = () => useQuery({ queryKey: keys.rules, queryFn: () => get<{ items: Rule[] }>('/api/routing/rules').then((r) => r.items) });

/**
 * Shift calendars to choose from (the SLA module's business calendars). A server without that
 * module answers 404: then there are simply none to choose.
 */
export const useShiftCalendars = () =>
  useQuery({
    queryKey: keys.calendars,
    queryFn: () =>
      get<{ items: { id: string; name: string; timezone: string }[] }>('/api/sla/calendars')
        .then((r) => r.items)
        .catch((error: unknown) => {
          if (error instanceof ApiError && error.status === 404) return [];
          throw error;
        }),
    staleTime: 60_000,
  });

export function useSaveAgentRouting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ agentId, body }: { agentId: string; body: Record<string, unknown> }) => patch<AgentRouting>(`/api/routing/agents/${agentId}`, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.agents }),
  });
}

export function useSaveQueue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: Record<string, unknown> }) => (id ? patch<Queue>(`/api/routing/queues/${id}`, body) : post<Queue>('/api/routing/queues', body)),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.queues }),
  });
}

export function useDeleteQueue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => del<{ deleted: true }>(`/api/routing/queues/${id}`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.queues });
      void queryClient.invalidateQueries({ queryKey: keys.rules });
    },
  });
}

export function useSaveRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: Record<string, unknown> }) => (id ? patch<Rule>(`/api/routing/rules/${id}`, body) : post<Rule>('/api/routing/rules', body)),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.rules }),
  });
}

export function useDeleteRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => del<{ deleted: true }>(`/api/routing/rules/${id}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.rules }),
  });
}

export function useReorderRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => post<{ items: Rule[] }>('/api/routing/rules/reorder', { ids }),
    onSuccess: (result) => queryClient.setQueryData(keys.rules, result.items),
  });
}

/** My own routing view (presence); the switch and heartbeat keep it current. */
export const useMyPresence = () => useQuery({ queryKey: keys.me, queryFn: () => get<AgentRouting>('/api/routing/presence'), staleTime: 30_000 });

export function useSetPresence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (status: Presence) => api<AgentRouting>('PUT', '/api/routing/presence', { status }),
    onSuccess: (view) => {
      queryClient.setQueryData(keys.me, view);
      void queryClient.invalidateQueries({ queryKey: keys.agents });
    },
  });
}

export function useHeartbeat() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => post<AgentRouting>('/api/routing/presence/heartbeat'),
    onSuccess: (view) => queryClient.setQueryData(keys.me, view),
  });
}
