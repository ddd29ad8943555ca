import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useRef, type ReactNode } from 'react';
import { ApiError, get, onSessionLost, patch, post, setCsrfToken } from '../api/client';
import type { Session } from '../api/types';
import { isUiLocale, rememberLocale, type UiLocale } from '../i18n';

interface SessionContextValue {
  session: Session;
  signOut: () => Promise<void>;
  setLocale: (locale: UiLocale) => Promise<void>;
  setTimezone: (timezone: string) => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside a signed-in screen');
  return value;
}

export const SESSION_KEY = ['session'] as const;

/** The signed-in agent, or null when nobody is; a 401 means "not signed in", not an error. */
export function useSessionQuery() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async () => {
      try {
        const session = await get<Session>('/api/auth/me');
        setCsrfToken(session.csrfToken);
        return session;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: Infinity,
    retry: false,
  });
}

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  const queryClient = useQueryClient();

  useEffect(() => {
    if (isUiLocale(session.agent.locale)) rememberLocale(session.agent.locale);
  }, [session.agent.locale]);

  useEffect(() => {
    onSessionLost(() => queryClient.setQueryData(SESSION_KEY, null));
  }, [queryClient]);

  const signOut = useCallback(async () => {
    await post('/api/auth/logout').catch(() => undefined);
    setCsrfToken(null);
    // The session query stays (its observer shows the login page); everything the agent saw goes.
    queryClient.setQueryData(SESSION_KEY, null);
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
  }, [queryClient]);

  const updateSelf = useCallback(
    async (change: { locale?: string; timezone?: string }) => {
      await patch(`/api/agents/${session.agent.id}`, change);
      queryClient.setQueryData<Session | null>(SESSION_KEY, (old) => (old ? { ...old, agent: { ...old.agent, ...change } } : old));
    },
    [queryClient, session.agent.id],
  );

  // Saves run one after another: two quick switches must not reach the server in the wrong order
  // and leave the profile in the language the agent switched away from.
  const localeSaves = useRef<Promise<void>>(Promise.resolve());
  const setLocale = useCallback(
    (locale: UiLocale) => {
      rememberLocale(locale);
      const saved = localeSaves.current.catch(() => undefined).then(() => updateSelf({ locale }));
      localeSaves.current = saved;
      return saved;
    },
    [updateSelf],
  );
  const setTimezone = useCallback((timezone: string) => updateSelf({ timezone }), [updateSelf]);

  return <SessionContext.Provider value={{ session, signOut, setLocale, setTimezone }}>{children}</SessionContext.Provider>;
}
