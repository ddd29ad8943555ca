import { useCallback, useEffect, useRef } from 'react';
import { post, sendWhileLeaving } from '../api/client';
import { PRESENCE_HELLO_EVENT } from '../live/presence-store';

/** Repeated well inside the colleagues' 30 s expiry (presence-store PRESENCE_TTL_MS). */
const VIEWING_EVERY_MS = 10_000;
const TYPING_EVERY_MS = 3_000;

/**
 * Announces that this agent has the ticket open, and returns `typing()` for the composer to
 * call on each keystroke (sent at most every few seconds). Leaving the ticket says goodbye.
 */
export function usePresence(ticketId: number): { typing: () => void } {
  const lastTyping = useRef(0);

  useEffect(() => {
    const announce = () => post(`/api/tickets/${ticketId}/presence`, { state: 'viewing' }).catch(() => undefined);
    void announce();
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void announce();
    }, VIEWING_EVERY_MS);
    const leave = () => sendWhileLeaving(`/api/tickets/${ticketId}/presence`, { state: 'left' });
    const hello = (event: Event) => {
      if ((event as CustomEvent<number>).detail === ticketId) void announce();
    };
    window.addEventListener('pagehide', leave);
    window.addEventListener(PRESENCE_HELLO_EVENT, hello);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('pagehide', leave);
      window.removeEventListener(PRESENCE_HELLO_EVENT, hello);
      leave();
    };
  }, [ticketId]);

  const typing = useCallback(() => {
    const now = Date.now();
    if (now - lastTyping.current < TYPING_EVERY_MS) return;
    lastTyping.current = now;
    void post(`/api/tickets/${ticketId}/presence`, { state: 'typing' }).catch(() => undefined);
  }, [ticketId]);

  return { typing };
}
