/** Channel and shape of live updates (SSE); sent with pg_notify inside the writing transaction. */
export const LIVE_CHANNEL = 'meridian_live';

export interface LiveEvent {
  type: string;
  workspaceId: string;
  ticketId?: number;
  brandId?: string;
  messageId?: number;
  actorId?: string | null;
  /** Presence (viewing/typing) events carry the agent's display name. */
  data?: Record<string, unknown>;
}
