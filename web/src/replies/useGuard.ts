import { useMemo } from 'react';
import { useReplyCheck } from './api';
import { holesNow } from './guard';
import type { CheckInput, CheckResult, Hole } from './types';
import { useDebounced } from './useDebounced';

/** How long typing must pause before the guard checks the draft. */
export const CHECK_DEBOUNCE_MS = 400;

export interface Guard {
  verdict: CheckResult | null;
  /** Holes in the text as it is now (the check's, plus `{{…}}` typed since). */
  holes: Hole[];
  /** The verdict shown is for an older text, or the check is running. */
  checking: boolean;
  /** The verdict is for the text as it is now. */
  fresh: boolean;
  error: unknown;
}

/** The guard's verdict on the draft, asked ~400 ms after the agent stops typing. */
export function useGuard(ticketId: number, input: CheckInput | null, enabled: boolean): Guard {
  const key = enabled && input && input.text.trim() ? JSON.stringify(input) : null;
  const settled = useDebounced(key, CHECK_DEBOUNCE_MS);
  const check = useReplyCheck(ticketId, settled ? (JSON.parse(settled) as CheckInput) : null);
  const text = input?.text ?? '';
  const verdict = key ? (check.data ?? null) : null;
  const holes = useMemo(() => holesNow(text, verdict), [text, verdict]);
  const fresh = key !== null && key === settled && !check.isPlaceholderData && check.data !== undefined;
  return { verdict, holes, checking: key !== null && (key !== settled || check.isFetching), fresh, error: key ? check.error : null };
}
