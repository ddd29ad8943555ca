import type { Presence } from './routing.types.js';

/**
 * Presence times out when the app stops sending heartbeats (the tab closed, the laptop asleep):
 * an online agent unseen for 10 minutes is away, and anyone unseen for 60 minutes is offline.
 * A heartbeat never turns an agent back online: who timed out to away stays away until they
 * switch back themselves, so work is not routed to someone who merely left a tab open.
 */
export const AWAY_AFTER_MS = 10 * 60_000;
export const OFFLINE_AFTER_MS = 60 * 60_000;

/** The presence an agent should have now, given when they were last seen. Pure. */
export function presenceAfterTimeout(presence: Presence, lastSeenAt: Date | null, now: Date): Presence {
  if (presence === 'offline' || lastSeenAt === null) return presence;
  const unseen = now.getTime() - lastSeenAt.getTime();
  if (unseen > OFFLINE_AFTER_MS) return 'offline';
  if (presence === 'online' && unseen > AWAY_AFTER_MS) return 'away';
  return presence;
}
