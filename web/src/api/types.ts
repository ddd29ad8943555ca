/**
 * The API's shapes, taken from the server's own zod schemas (type-only: nothing of the server
 * reaches the bundle), so the app and the API cannot drift apart unnoticed.
 */
export type { MessageView, TicketEventView, UpdateTicketInput } from '../../../src/modules/tickets/ticket.schemas.js';
import type { TicketDetail as ServerTicketDetail, TicketSummary as ServerTicketSummary } from '../../../src/modules/tickets/ticket.schemas.js';
import type { TicketListSla, TicketSla } from '../sla/types';
export type { AgentView } from '../../../src/modules/agents/agent.schemas.js';
export type { SavedView } from '../../../src/modules/views/view.schemas.js';
import type { z } from 'zod';
import type { sessionView } from '../../../src/modules/auth/auth.schemas.js';
import type { brandView } from '../../../src/modules/brands/brand.schemas.js';
import type { teamView } from '../../../src/modules/teams/team.schemas.js';
import type { customerView } from '../../../src/modules/customers/customer.schemas.js';
import type { bulkUpdateResult } from '../../../src/modules/tickets/ticket.schemas.js';

export type Session = z.infer<typeof sessionView>;
export type Brand = z.infer<typeof brandView>;
export type Team = z.infer<typeof teamView>;
export type Customer = z.infer<typeof customerView>;
export type BulkResult = z.infer<typeof bulkUpdateResult>;

/**
 * Tickets carry their SLA clocks (issue 7): a list row its soonest clock, a ticket all of them. Typed
 * from the SLA contract (web/src/sla/types.ts) and optional, so a server without SLA still renders.
 */
export type TicketSummary = Omit<ServerTicketSummary, 'sla'> & { sla?: TicketListSla | null };
export type TicketDetail = Omit<ServerTicketDetail, 'sla'> & { sla?: TicketSla | null };

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
