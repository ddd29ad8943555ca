import { z } from 'zod';

const metric = z.enum(['first_response', 'next_response', 'resolution']);
const clockKind = z.enum(['team', 'contract']);
const policyRef = z.object({ id: z.string(), name: z.string() });
export const SLA_STATES = ['ok', 'at_risk', 'breached', 'paused', 'none'] as const;
export const slaState = z.enum(SLA_STATES);
export type SlaState = z.infer<typeof slaState>;

/** A ticket's SLA as `GET /api/tickets/:id` shows it (instants ISO 8601 or null). */
export const ticketSlaView = z.object({
  /** The team policy the ticket runs (pinned or matched); else its contract policy. */
  policy: policyRef.nullable(),
  firstResponseDueAt: z.string().nullable(),
  nextResponseDueAt: z.string().nullable(),
  resolutionDueAt: z.string().nullable(),
  pausedSince: z.string().nullable(),
  breaches: z.array(z.object({ clock: clockKind, metric, policy: policyRef, dueAt: z.string().nullable(), breachedAt: z.string() })),
  state: slaState,
  nextDueAt: z.string().nullable(),
  clocks: z.array(
    z.object({
      kind: clockKind,
      policy: policyRef,
      metric,
      startedAt: z.string(),
      dueAt: z.string().nullable(),
      warnAt: z.string().nullable(),
      businessTime: z.boolean(),
      status: z.enum(['running', 'paused', 'met', 'breached']),
      pausedSince: z.string().nullable(),
      metAt: z.string().nullable(),
      breachedAt: z.string().nullable(),
    }),
  ),
});
export type TicketSlaView = z.infer<typeof ticketSlaView>;

/** A list row's SLA: its soonest running clock (null when no clock runs and nothing is breached or paused). */
export const ticketListSla = z.object({ dueAt: z.string().nullable(), warnAt: z.string().nullable(), state: slaState, metric: metric.nullable() });
export type TicketListSla = z.infer<typeof ticketListSla>;
