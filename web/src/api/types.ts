/**
 * The API's shapes, taken from the server's own zod schemas (type-only: nothing of the server
 * reaches the bundle), so the app and the API cannot drift apart unnoticed.
 */
export type { TicketDetail, TicketSummary, MessageView, TicketEventView, UpdateTicketInput } from '../../../src/modules/tickets/ticket.schemas.js';
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

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
