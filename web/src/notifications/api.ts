import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { get, post } from '../api/client';

export type { NotificationView } from '../../../src/modules/notifications/notification.service.js';
import type { NotificationView } from '../../../src/modules/notifications/notification.service.js';

export const NOTIFICATIONS_KEY = ['notifications'] as const;
/** Besides the live `notification.created` events, the bell asks now and then (a missed event, a stream reconnecting). */
const POLL_MS = 30_000;

export const useNotifications = () =>
  useQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: () => get<{ items: NotificationView[]; unread: number }>('/api/notifications', { limit: 30 }),
    refetchInterval: POLL_MS,
    staleTime: 5_000,
  });

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (which: { ids: number[] } | { all: true }) => post<{ updated: number }>('/api/notifications/read', which),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

/**
 * For the live stream (`notification.created`, data.agentId): refresh the bell when the
 * notification is for the agent signed in on this tab.
 */
export function onNotificationCreated(queryClient: QueryClient, agentId: string, event: { data?: { agentId?: unknown } }): void {
  if (event.data?.agentId === agentId) void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
}
