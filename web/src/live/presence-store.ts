import { useSyncExternalStore } from 'react';

export type PresenceState = 'viewing' | 'typing';

export interface Colleague {
  agentId: string;
  name: string;
  state: PresenceState;
  seenAt: number;
  /** When they last typed: typing is shown until TYPING_TTL_MS after it, whatever else they announce. */
  typingAt?: number;
}

/** A colleague who has not repeated their presence for this long has left. */
export const PRESENCE_TTL_MS = 30_000;

const byTicket = new Map<number, Map<string, Colleague>>();
const listeners = new Set<() => void>();
const snapshots = new Map<number, Colleague[]>();

function emit(ticketId: number) {
  snapshots.delete(ticketId);
  for (const listener of listeners) listener();
}

/** Fired with a ticket id when a colleague newly appears on it. */
export const PRESENCE_HELLO_EVENT = 'meridian:presence-hello';

/** Records what a colleague is doing on a ticket; true when they were not known to be there. */
export function recordPresence(ticketId: number, agentId: string, name: string, state: PresenceState | 'left', now = Date.now()): boolean {
  const agents = byTicket.get(ticketId) ?? new Map<string, Colleague>();
  const known = agents.get(agentId);
  const isNew = state !== 'left' && (!known || now - known.seenAt >= PRESENCE_TTL_MS);
  if (state === 'left') agents.delete(agentId);
  else {
    // The 'viewing' heartbeat (every 10 s) can land right after a keystroke's 'typing': it must
    // not cut the typing indicator short.
    const typingAt = state === 'typing' ? now : known?.typingAt;
    agents.set(agentId, { agentId, name, state, seenAt: now, ...(typingAt !== undefined ? { typingAt } : {}) });
  }
  byTicket.set(ticketId, agents);
  emit(ticketId);
  return isNew;
}

/** Typing is shown only while keys keep coming; it falls back to 'viewing' after a pause. */
const TYPING_TTL_MS = 8_000;

/** Who is on the ticket at `now`, and whether they are typing. Pure over the recorded presence. */
export function colleaguesAt(ticketId: number, now: number): Colleague[] {
  const agents = byTicket.get(ticketId);
  if (!agents) return [];
  return [...agents.values()]
    .filter((c) => now - c.seenAt < PRESENCE_TTL_MS)
    .map((c) => ({ ...c, state: c.typingAt !== undefined && now - c.typingAt <= TYPING_TTL_MS ? ('typing' as const) : ('viewing' as const) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function snapshot(ticketId: number): Colleague[] {
  let value = snapshots.get(ticketId);
  if (!value) {
    value = colleaguesAt(ticketId, Date.now());
    snapshots.set(ticketId, value);
  }
  return value;
}

// Expire colleagues who went quiet without saying goodbye (closed laptop, lost network).
setInterval(() => {
  for (const ticketId of byTicket.keys()) emit(ticketId);
}, 5_000);

export function useColleaguesOn(ticketId: number): Colleague[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => snapshot(ticketId),
  );
}
