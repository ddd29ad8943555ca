import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, del, get, patch, post } from '../api/client';
import type { CalendarBody, CalendarView, HolidayImportResult, HolidaySet, PolicyBody, PolicyView, RemediationKind, SlaSettings } from './types';
import type { Finding } from '../replies/types';

const RARELY = 5 * 60_000;

export const useCalendars = () =>
  useQuery({ queryKey: ['sla', 'calendars'], queryFn: () => get<{ items: CalendarView[] }>('/api/sla/calendars').then((r) => r.items), staleTime: RARELY });

export const useHolidaySets = () =>
  useQuery({ queryKey: ['sla', 'holiday-sets'], queryFn: () => get<{ items: HolidaySet[] }>('/api/sla/holiday-sets').then((r) => r.items), staleTime: Infinity });

export const usePolicies = () =>
  useQuery({
    queryKey: ['sla', 'policies'],
    queryFn: () => get<{ items: PolicyView[] }>('/api/sla/policies').then((r) => [...r.items].sort((a, b) => a.position - b.position)),
    staleTime: RARELY,
  });

export const useSlaSettings = (enabled = true) =>
  useQuery({ queryKey: ['sla', 'settings'], queryFn: () => get<SlaSettings>('/api/sla/settings'), staleTime: RARELY, enabled, retry: false });

/** After any SLA admin write: the lists, and the tickets whose due times it may have moved. */
function useInvalidateSla() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['sla'] });
    void queryClient.invalidateQueries({ queryKey: ['tickets'] });
    void queryClient.invalidateQueries({ queryKey: ['ticket'] });
  };
}

export function useSaveCalendar() {
  const invalidate = useInvalidateSla();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: CalendarBody }) =>
      id ? patch<CalendarView>(`/api/sla/calendars/${id}`, body) : post<CalendarView>('/api/sla/calendars', body),
    onSuccess: invalidate,
  });
}

export function useDeleteCalendar() {
  const invalidate = useInvalidateSla();
  return useMutation({ mutationFn: (id: string) => del<unknown>(`/api/sla/calendars/${id}`), onSuccess: invalidate });
}

export function useImportHolidaySet() {
  const invalidate = useInvalidateSla();
  return useMutation({
    mutationFn: ({ id, code, years }: { id: string; code: string; years?: number[] }) =>
      post<HolidayImportResult>(`/api/sla/calendars/${id}/holidays/import-set`, years && years.length > 0 ? { code, years } : { code }),
    onSuccess: invalidate,
  });
}

export function useImportIcs() {
  const invalidate = useInvalidateSla();
  return useMutation({
    mutationFn: ({ id, ics }: { id: string; ics: string }) => post<HolidayImportResult>(`/api/sla/calendars/${id}/holidays/import-ics`, { ics }),
    onSuccess: invalidate,
  });
}

export const previewDue = (body: { calendar?: Omit<CalendarBody, 'isDefault' | 'teamIds' | 'name'>; calendarId?: string; start: string; minutes: number }) =>
  post<{ dueAt: string }>('/api/sla/calendars/preview-due', body);

export function useSavePolicy() {
  const invalidate = useInvalidateSla();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: Partial<PolicyBody> }) =>
      id ? patch<PolicyView>(`/api/sla/policies/${id}`, body) : post<PolicyView>('/api/sla/policies', body),
    onSuccess: invalidate,
  });
}

export function useDeletePolicy() {
  const invalidate = useInvalidateSla();
  return useMutation({ mutationFn: (id: string) => del<unknown>(`/api/sla/policies/${id}`), onSuccess: invalidate });
}

export function useReorderPolicies() {
  const invalidate = useInvalidateSla();
  return useMutation({ mutationFn: (ids: string[]) => post<unknown>('/api/sla/policies/reorder', { ids }), onSuccess: invalidate });
}

export function useSaveSlaSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: SlaSettings) => api<SlaSettings>('PUT', '/api/sla/settings', settings),
    onSuccess: (settings) => queryClient.setQueryData(['sla', 'settings'], settings),
  });
}

export interface RemediationPreview {
  kind: RemediationKind;
  subject: string | null;
  text: string;
  findings: Finding[];
  replyBy: string | null;
  buyerTimeZone?: string;
  blocking?: boolean;
}

export const remediationPreview = (ticketId: number, kind: RemediationKind) =>
  get<RemediationPreview>(`/api/tickets/${ticketId}/sla/remediation`, { kind });

export function useSendRemediation(ticketId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { kind: RemediationKind; override?: boolean }) =>
      post<{ status: 'sent'; messageId: number }>(`/api/tickets/${ticketId}/sla/remediation`, input.override ? input : { kind: input.kind }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['ticket', ticketId] });
      void queryClient.invalidateQueries({ queryKey: ['tickets'] });
    },
  });
}
