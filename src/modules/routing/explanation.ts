import type { RoutingReason } from './agent-choice.js';
import type { CapacityBucket } from './routing.types.js';

const OPEN_WORK: Record<CapacityBucket, string> = { chat: 'open chats', email: 'open e-mails', marketplace: 'open marketplace messages', other: 'open tickets' };

function reasonText(reason: RoutingReason, names: { brand: (id: string) => string }): string {
  switch (reason.code) {
    case 'language':
      return `speaks ${reason.language} (${reason.proficiency}/5)`;
    case 'vip':
      return 'senior agent for a VIP buyer';
    case 'skill':
      if (reason.skill === 'intent') return `handles ${reason.value}`;
      if (reason.skill === 'market') return `covers ${reason.value}`;
      if (reason.skill === 'brand') return `works ${names.brand(reason.value)}`;
      return `takes ${reason.value}`;
    case 'on_shift':
      return reason.shift ? 'on shift' : 'online (no shift set)';
    case 'load':
      return `${reason.open}/${reason.capacity} ${OPEN_WORK[reason.bucket]}`;
    case 'round_robin':
      return 'next in turn';
  }
}

/**
 * The English sentence the timeline shows for a routing decision (the reasons stay in the
 * event's data for translated views). The load is the agent's before this ticket.
 *
 * @example "assigned to Anna Weber: speaks de (5/5), on shift, 4/20 open e-mails"
 */
export function explainAssignment(agentName: string, reasons: readonly RoutingReason[], names: { brand: (id: string) => string } = { brand: (id) => id }): string {
  return `assigned to ${agentName}: ${reasons.map((r) => reasonText(r, names)).join(', ')}`;
}
