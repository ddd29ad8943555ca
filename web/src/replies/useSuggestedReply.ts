import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { suggestionQuery, type SuggestionRequest } from './api';
import { toggleOption } from './guard';
import type { Suggestion } from './types';

export interface SuggestedReply {
  /** The suggestion last received (shown: template, asks, options), or null. */
  current: Suggestion | null;
  /** No template fits this ticket (the server answered 404). */
  noTemplate: boolean;
  loading: boolean;
  error: unknown;
  /** The text as the suggestion filled it, while the agent has not changed it. */
  untouched: boolean;
  /** Template and variant of the text in the composer, for the send (A/B outcome, audit). */
  applied: Suggestion | null;
  /** The option keys ticked. */
  selected: string[];
  /** A new suggestion waiting for the agent's yes, because they edited the text. */
  offer: Suggestion | null;
  suggest: () => void;
  setOption: (key: string, on: boolean) => void;
  chooseTemplate: (templateKey: string) => void;
  acceptOffer: () => void;
  declineOffer: () => void;
  /** After sending: the composer is empty and no longer holds a suggestion. */
  reset: () => void;
}

/**
 * The suggested reply for a ticket, and the composer text it fills. Fills an empty reply box once
 * when the ticket opens; a re-request (options, another template, "Suggest reply") replaces the
 * text only when the agent has not edited it, and otherwise offers the new text first.
 */
export function useSuggestedReply({ ticketId, text, setText, active }: { ticketId: number; text: string; setText: (text: string) => void; active: boolean }): SuggestedReply {
  const queryClient = useQueryClient();
  const first = useQuery({ ...suggestionQuery(ticketId), enabled: active });
  const [request, setRequest] = useState<SuggestionRequest>({});
  const [latest, setLatest] = useState<Suggestion | null>(null);
  const [latestError, setLatestError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const [applied, setApplied] = useState<{ suggestion: Suggestion; text: string } | null>(null);
  const [offer, setOffer] = useState<Suggestion | null>(null);
  const textRef = useRef(text);
  textRef.current = text;

  const apply = useCallback(
    (suggestion: Suggestion) => {
      setText(suggestion.text);
      setApplied({ suggestion, text: suggestion.text });
      setOffer(null);
    },
    [setText],
  );

  // The reply box is empty when the ticket opens: fill it with the suggestion, once.
  const autoFilled = useRef(false);
  useEffect(() => {
    if (autoFilled.current || !active || !first.data) return;
    autoFilled.current = true;
    if (textRef.current.trim() === '') apply(first.data);
  }, [active, first.data, apply]);

  // The agent emptied the box: what they write next is theirs, not the template's.
  useEffect(() => {
    if (active && applied && text.trim() === '') setApplied(null);
  }, [active, applied, text]);

  const untouched = applied !== null && applied.text === text;

  const ask = useCallback(
    async (next: SuggestionRequest, always = false) => {
      setRequest(next);
      setLoading(true);
      setLatestError(null);
      try {
        const suggestion = await queryClient.fetchQuery(suggestionQuery(ticketId, next));
        setLatest(suggestion);
        const current = textRef.current;
        const unedited = current.trim() === '' || (applied !== null && applied.text === current);
        if (unedited || (always && current === suggestion.text)) apply(suggestion);
        else setOffer(suggestion);
      } catch (error) {
        setLatestError(error);
      } finally {
        setLoading(false);
      }
    },
    [queryClient, ticketId, applied, apply],
  );

  const current = latest ?? first.data ?? null;
  const selected = request.options ?? current?.options.filter((o) => o.selected).map((o) => o.key) ?? [];
  const error = latestError ?? (first.error instanceof ApiError && first.error.status === 404 ? null : first.error);
  const noTemplate =
    (latestError instanceof ApiError && latestError.status === 404) || (!latest && first.error instanceof ApiError && first.error.status === 404);

  return {
    current,
    noTemplate,
    loading: loading || (active && first.isFetching && !first.data),
    error,
    untouched,
    applied: applied?.suggestion ?? null,
    selected,
    offer,
    suggest: () => void ask(request, true),
    setOption: (key, on) => void ask({ ...request, options: toggleOption(selected, key, on) }),
    chooseTemplate: (templateKey) => void ask({ templateKey, language: request.language }),
    acceptOffer: () => offer && apply(offer),
    declineOffer: () => setOffer(null),
    reset: () => {
      setApplied(null);
      setOffer(null);
    },
  };
}
