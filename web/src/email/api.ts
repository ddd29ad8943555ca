/**
 * The e-mail channel's API as the app uses it: types taken type-only from the server's zod
 * schemas (as in api/types.ts), and the queries and writes of the mailbox, quarantine and
 * message e-mail screens.
 */
import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import type { z } from 'zod';
import { del, get, patch, post } from '../api/client';
import type { Page } from '../api/types';
import type {
  CreateMailboxInput,
  InboundEmailView,
  MailboxTestResult,
  MailboxView,
  MessageEmailView,
  quarantineQuery,
  UpdateMailboxInput,
} from '../../../src/modules/email/email.schemas.js';

export type { ConnectionCheck, DeliveryView } from '../../../src/modules/email/email.schemas.js';
export type Mailbox = MailboxView;
export type MailboxTest = MailboxTestResult;
export type InboundEmail = InboundEmailView;
export type MessageEmail = MessageEmailView;
export type { CreateMailboxInput, UpdateMailboxInput };
export type QuarantineStatus = z.input<typeof quarantineQuery>['status'] & string;

export const mailboxesKey = ['mailboxes'] as const;

export const useMailboxes = (enabled = true) =>
  useQuery({ queryKey: mailboxesKey, queryFn: () => get<{ items: Mailbox[] }>('/api/mailboxes').then((r) => r.items), enabled });

/** Create (no id) or change a mailbox; the list refreshes after. */
export function useSaveMailbox() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: CreateMailboxInput | UpdateMailboxInput }) =>
      id ? patch<Mailbox>(`/api/mailboxes/${id}`, body) : post<Mailbox>('/api/mailboxes', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: mailboxesKey }),
  });
}

export function useDeleteMailbox() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => del<void>(`/api/mailboxes/${id}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: mailboxesKey }),
  });
}

/** Tries the stored settings; the list refreshes too, since a test may record an IMAP error. */
export function useTestMailbox() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => post<MailboxTest>(`/api/mailboxes/${id}/test`),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: mailboxesKey }),
  });
}

const QUARANTINE_PAGE = 50;
const quarantineKey = (status: QuarantineStatus) => ['email', 'quarantine', status] as const;

const quarantineOptions = (status: QuarantineStatus) =>
  infiniteQueryOptions({
    queryKey: quarantineKey(status),
    queryFn: ({ pageParam }) => get<Page<InboundEmail>>('/api/email/quarantine', { status, limit: QUARANTINE_PAGE, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const useQuarantine = (status: QuarantineStatus, enabled = true) => useInfiniteQuery({ ...quarantineOptions(status), enabled });

/**
 * Parses a held message again. The answer replaces the row where it is (it may now be delivered,
 * which the row shows until the list is next loaded), so the agent sees the outcome in place.
 */
export function useRetryInbound(status: QuarantineStatus) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => post<InboundEmail>(`/api/email/inbound/${id}/retry`),
    onSuccess: (updated) => {
      queryClient.setQueryData<InfiniteData<Page<InboundEmail>, string | undefined>>(quarantineKey(status), (data) =>
        data && { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.map((item) => (item.id === updated.id ? updated : item)) })) },
      );
      if (updated.ticketId !== null) void queryClient.invalidateQueries({ queryKey: ['tickets'] });
    },
  });
}

export const rawInboundUrl = (id: number) => `/api/email/inbound/${id}/raw`;

/** The e-mail behind one message (headers, the text before quote stripping), loaded when asked for. */
export const useMessageEmail = (messageId: number, enabled: boolean) =>
  useQuery({ queryKey: ['message-email', messageId], queryFn: () => get<MessageEmail>(`/api/messages/${messageId}/email`), enabled, staleTime: 60_000 });

/** Sends a failed or bounced reply again; the ticket refreshes to show it queued. */
export function useRetryDelivery(ticketId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (messageId: number) => post<{ status: string }>(`/api/messages/${messageId}/delivery/retry`),
    onSuccess: (_result, messageId) => {
      void queryClient.invalidateQueries({ queryKey: ['ticket', ticketId] });
      void queryClient.invalidateQueries({ queryKey: ['message-email', messageId] });
    },
  });
}
