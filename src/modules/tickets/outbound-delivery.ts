import type { Transaction } from 'kysely';
import type { Database } from '../database.js';
import type { Channel } from './ticket.table.js';

export interface OutboundMessage {
  workspaceId: string;
  ticketId: number;
  brandId: string;
  channel: Channel;
  messageId: number;
  /** reply: an agent wrote it; automatic: a rule or an SLA step did. */
  kind: 'reply' | 'automatic';
}

/** Queues a message for delivery inside the transaction that stored it. */
export type OutboundDelivery = (trx: Transaction<Database>, message: OutboundMessage) => Promise<void>;

// Channels register at composition time (the e-mail channel does); tickets never import them.
const deliveries: OutboundDelivery[] = [];

export function registerOutboundDelivery(delivery: OutboundDelivery): void {
  if (!deliveries.includes(delivery)) deliveries.push(delivery);
}

export async function queueOutboundDelivery(trx: Transaction<Database>, message: OutboundMessage): Promise<void> {
  for (const delivery of deliveries) await delivery(trx, message);
}
