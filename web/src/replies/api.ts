/**
 * The replies API as the app uses it: the suggested reply, the guard, sending, translation, and the
 * admin's templates, policies and translation settings. Shapes in ./types.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, del, get, patch, post, withQuery } from '../api/client';
import type { TicketDetail } from '../api/types';
import { ticketKey } from '../ticket/useTicket';
import type {
  CheckInput,
  CheckResult,
  CreateTemplateInput,
  Experiment,
  MessageTranslation,
  PolicyDocument,
  Preview,
  PreviewInput,
  SaveVariantInput,
  SendReplyInput,
  Suggestion,
  Template,
  TemplateKind,
  TemplateSummary,
  TemplateVariant,
  TemplateVersion,
  Translation,
  TranslationSettings,
  TranslationSettingsInput,
  TranslationStats,
  TranslationStatus,
  TranslationTest,
  TranslateInput,
} from './types';

// ---------------------------------------------------------------------------------------------
// The suggested reply, the guard, sending

export interface SuggestionRequest {
  templateKey?: string;
  language?: string;
  /** The option keys the agent keeps; undefined = the suggested set. */
  options?: string[];
}

export const suggestionKey = (ticketId: number, request: SuggestionRequest = {}) =>
  ['suggestion', ticketId, request.templateKey ?? null, request.language ?? null, request.options?.join(',') ?? null] as const;

/** The path with `options=` present even when empty (withQuery drops empty values). */
export function suggestionPath(ticketId: number, request: SuggestionRequest = {}): string {
  const params = new URLSearchParams();
  if (request.templateKey) params.set('templateKey', request.templateKey);
  if (request.language) params.set('language', request.language);
  if (request.options) params.set('options', request.options.join(','));
  const qs = params.toString();
  return `/api/tickets/${ticketId}/suggestion${qs ? `?${qs}` : ''}`;
}

export const suggestionQuery = (ticketId: number, request: SuggestionRequest = {}) => ({
  queryKey: suggestionKey(ticketId, request),
  queryFn: () => api<Suggestion>('GET', suggestionPath(ticketId, request)),
  staleTime: 60_000,
  // 404 = no template fits this ticket: an answer, not a failure to retry.
  retry: (count: number, error: unknown) => !(error instanceof ApiError && error.status < 500) && count < 2,
});

export const useSuggestion = (ticketId: number, enabled: boolean) => useQuery({ ...suggestionQuery(ticketId), enabled });

/** The guard on a draft; `input` null while there is nothing to check. */
export function useReplyCheck(ticketId: number, input: CheckInput | null) {
  return useQuery({
    queryKey: ['reply-check', ticketId, input] as const,
    queryFn: () => post<CheckResult>(`/api/tickets/${ticketId}/reply/check`, input),
    enabled: input !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
  });
}

/** Sends the reply; the ticket the server answers with goes straight into the cache (as the composer's other writes). */
export function useSendReply(ticketId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SendReplyInput) => post<TicketDetail>(`/api/tickets/${ticketId}/reply`, input),
    onSuccess: (ticket) => {
      queryClient.setQueryData(ticketKey(ticket.id), ticket);
      void queryClient.invalidateQueries({ queryKey: ['tickets'] });
      void queryClient.invalidateQueries({ queryKey: ['suggestion', ticketId] });
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Translation

export const translationSettingsKey = ['translation', 'settings'] as const;
const translationStatusKey = ['translation', 'status'] as const;

/** Whether translation is on (every agent may ask); an error (403, 404, network) counts as off. */
export const useTranslationStatus = () =>
  useQuery({
    queryKey: translationStatusKey,
    queryFn: () => get<TranslationStatus>('/api/translation/status'),
    staleTime: 5 * 60_000,
    retry: false,
  });

export function useTranslationOn(): { on: boolean; known: boolean } {
  const status = useTranslationStatus();
  return { on: status.data?.enabled === true, known: !status.isPending };
}

/** The provider's settings (admin). */
export const useTranslationSettings = (enabled = true) =>
  useQuery({ queryKey: translationSettingsKey, queryFn: () => get<TranslationSettings>('/api/translation/settings'), enabled });

export const useMessageTranslation = (ticketId: number, messageId: number, to: string, enabled: boolean) =>
  useQuery({
    queryKey: ['translation', 'message', messageId, to] as const,
    queryFn: () => get<MessageTranslation>(`/api/tickets/${ticketId}/messages/${messageId}/translation`, { to }),
    enabled,
    staleTime: Infinity,
    retry: false,
  });

export const useTranslate = () => useMutation({ mutationFn: (input: TranslateInput) => post<Translation>('/api/translate', input) });

export const useTranslationStats = (enabled: boolean) =>
  useQuery({ queryKey: ['translation', 'stats'] as const, queryFn: () => get<TranslationStats>('/api/translation/stats'), enabled, retry: false });

/** After the settings change, everything that depends on them is asked again. */
function useRefreshTranslation() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: translationStatusKey });
    void queryClient.invalidateQueries({ queryKey: ['translation', 'stats'] });
  };
}

export function useSaveTranslationSettings() {
  const queryClient = useQueryClient();
  const refresh = useRefreshTranslation();
  return useMutation({
    mutationFn: (input: TranslationSettingsInput) => api<TranslationSettings>('PUT', '/api/translation/settings', input),
    onSuccess: (settings) => {
      queryClient.setQueryData(translationSettingsKey, settings);
      refresh();
    },
  });
}

export function useClearTranslationSettings() {
  const queryClient = useQueryClient();
  const refresh = useRefreshTranslation();
  return useMutation({
    mutationFn: () => del<unknown>('/api/translation/settings'),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: translationSettingsKey });
      refresh();
    },
  });
}

export const useTestTranslation = () => useMutation({ mutationFn: (to?: string) => post<TranslationTest>('/api/translation/test', to ? { to } : {}) });

// ---------------------------------------------------------------------------------------------
// Templates

export interface TemplateFilters {
  kind?: TemplateKind | '';
  language?: string;
  outOfDate?: boolean;
}

export const useTemplates = (filters: TemplateFilters = {}, enabled = true) =>
  useQuery({
    queryKey: ['templates', 'list', filters] as const,
    queryFn: () =>
      get<{ items: TemplateSummary[] }>('/api/templates', {
        kind: filters.kind || undefined,
        language: filters.language || undefined,
        outOfDate: filters.outOfDate ? 'true' : undefined,
      }).then((r) => r.items),
    enabled,
    staleTime: 30_000,
  });

export const templateKey = (id: string) => ['templates', 'one', id] as const;

export const useTemplate = (id: string | null) =>
  useQuery({ queryKey: templateKey(id ?? ''), queryFn: () => get<Template>(`/api/templates/${id}`), enabled: id !== null });

/** After any template write: the template itself, the list (out-of-date counts) and suggestions built from it. */
function useRefreshTemplates() {
  const queryClient = useQueryClient();
  return (id: string) => {
    void queryClient.invalidateQueries({ queryKey: templateKey(id) });
    void queryClient.invalidateQueries({ queryKey: ['templates', 'list'] });
    void queryClient.invalidateQueries({ queryKey: ['templates', 'versions'] });
    void queryClient.invalidateQueries({ queryKey: ['templates', 'experiment', id] });
    void queryClient.invalidateQueries({ queryKey: ['suggestion'] });
  };
}

export function useSaveVariant(templateId: string) {
  const refresh = useRefreshTemplates();
  return useMutation({
    mutationFn: (input: SaveVariantInput) => api<TemplateVariant>('PUT', `/api/templates/${templateId}/variants`, input),
    onSuccess: () => refresh(templateId),
  });
}

export function useReviewVariant(templateId: string) {
  const refresh = useRefreshTemplates();
  return useMutation({
    mutationFn: (variantId: string) => post<TemplateVariant>(`/api/templates/variants/${variantId}/review`),
    onSuccess: () => refresh(templateId),
  });
}

export function useDeleteVariant(templateId: string) {
  const refresh = useRefreshTemplates();
  return useMutation({
    mutationFn: (variantId: string) => del<void>(`/api/templates/variants/${variantId}`),
    onSuccess: () => refresh(templateId),
  });
}

export function usePatchTemplate(templateId: string) {
  const refresh = useRefreshTemplates();
  return useMutation({
    mutationFn: (input: { name?: string; channels?: string[]; sourceLanguage?: string; archived?: boolean }) => patch<Template>(`/api/templates/${templateId}`, input),
    onSuccess: () => refresh(templateId),
  });
}

export function useCreateTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTemplateInput) => post<Template>('/api/templates', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['templates', 'list'] }),
  });
}

export const useVersions = (variantId: string | null) =>
  useQuery({
    queryKey: ['templates', 'versions', variantId] as const,
    queryFn: () => get<{ items: TemplateVersion[] }>(`/api/templates/variants/${variantId}/versions`).then((r) => r.items),
    enabled: variantId !== null,
  });

export const usePreview = (input: PreviewInput | null) =>
  useQuery({
    queryKey: ['templates', 'preview', input] as const,
    queryFn: () => post<Preview>('/api/templates/preview', input),
    enabled: input !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });

export const useExperiment = (templateId: string, language: string, brandId: string | null, enabled: boolean) =>
  useQuery({
    queryKey: ['templates', 'experiment', templateId, language, brandId] as const,
    queryFn: () => get<Experiment>(`/api/templates/${templateId}/experiment`, { language, brandId }),
    enabled,
  });

// ---------------------------------------------------------------------------------------------
// Policy rules

export const usePolicy = (brandId: string | null) =>
  useQuery({ queryKey: ['policies', brandId] as const, queryFn: () => get<PolicyDocument>('/api/policies', { brandId }) });

/** Back to the defaults (a brand: back to the workspace's rules). */
export function useResetPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (brandId: string | null) => api<void>('DELETE', withQuery('/api/policies', { brandId })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['policies'] }),
  });
}

export function useSavePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { brandId: string | null; rules: unknown }) => api<PolicyDocument>('PUT', '/api/policies', input),
    onSuccess: (doc) => {
      queryClient.setQueryData(['policies', doc.brandId], doc);
      void queryClient.invalidateQueries({ queryKey: ['policies'] });
    },
  });
}
