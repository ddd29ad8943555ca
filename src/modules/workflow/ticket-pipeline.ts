import type { Db } from '../database.js';
import { inTransaction } from '../transaction.js';
import { runAutomationForEvent } from '../automation/automation-events.js';
import { routeIfNeeded } from '../routing/route-ticket.js';
import { refreshTicketSla } from '../sla/clocks/refresh-ticket-sla.js';
import { maybeAcknowledgeOffHours } from '../sla/off-hours/acknowledge.js';
import type { TicketChange } from './ticket-change.js';

/**
 * What follows every change to a ticket, in this order and in one transaction: automation rules
 * first (they may set priority, tags, team or SLA policy), then routing (an unassigned ticket in
 * a routed queue gets an agent), then the SLA clocks (from the ticket as the rules left it), then
 * the off-hours acknowledgement (which needs the clocks' calendar). Imported history runs only
 * the clocks: old tickets neither fire rules nor write to buyers.
 */
export async function afterTicketChange(db: Db, change: TicketChange): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (change.trigger !== 'ticket.imported') {
      await runAutomationForEvent(trx, { ...change, trigger: change.trigger });
      await routeIfNeeded(trx, change);
    }
    await refreshTicketSla(trx, change.workspaceId, change.ticketId, change.at ?? new Date());
    if (change.trigger === 'ticket.created' || change.trigger === 'customer.replied') await maybeAcknowledgeOffHours(trx, change);
  });
}
