import { z } from 'zod';
import { shortText, uuid } from '../../../shared/schemas.js';
import { CHANNELS, PRIORITIES } from '../../tickets/ticket.table.js';
import { SLA_POLICY_KINDS } from '../sla.tables.js';

const MAX_TARGET_SECONDS = 366 * 86_400;

/** A target: business time counts whole minutes of the calendar's open hours, calendar time every second. */
export const slaTarget = z
  .object({ seconds: z.number().int('must be whole seconds').min(1).max(MAX_TARGET_SECONDS), businessTime: z.boolean() })
  .strict()
  .superRefine((t, ctx) => {
    if (t.businessTime && (t.seconds % 60 !== 0 || t.seconds < 60)) {
      ctx.addIssue({ code: 'custom', path: ['seconds'], message: 'a business-time target is counted in whole minutes: a multiple of 60 seconds, at least 60' });
    }
  });
export type SlaTarget = z.infer<typeof slaTarget>;

export const slaTargets = z
  .object({ firstResponse: slaTarget.nullable().default(null), nextResponse: slaTarget.nullable().default(null), resolution: slaTarget.nullable().default(null) })
  .strict();
export type SlaTargets = z.infer<typeof slaTargets>;

const list = <T extends z.ZodType>(item: T) => z.array(item).max(100).optional();
export const slaConditions = z
  .object({
    priorities: list(z.enum(PRIORITIES)),
    channels: list(z.enum(CHANNELS)),
    marketplaces: list(z.string().trim().min(1).max(40)),
    brandIds: list(uuid),
    customerTiers: list(z.string().trim().min(1).max(40)),
    intents: list(z.string().trim().min(1).max(64)),
    tags: list(z.string().trim().min(1).max(64)),
  })
  .strict();
export type SlaConditions = z.infer<typeof slaConditions>;

export const REASSIGN = ['none', 'queue', 'lead'] as const;
export const REMEDIATION = ['none', 'interim_update', 'escalation', 'apology'] as const;
export const onBreach = z
  .object({ raisePriority: z.boolean().default(true), reassign: z.enum(REASSIGN).default('none'), remediation: z.enum(REMEDIATION).default('none') })
  .strict();
export type OnBreach = z.infer<typeof onBreach>;

const warnFraction = z.number().gt(0, 'must be between 0 and 1 (exclusive)').lt(1, 'must be between 0 and 1 (exclusive)');

export const createPolicyBody = z
  .object({
    name: shortText(120),
    kind: z.enum(SLA_POLICY_KINDS).default('team'),
    enabled: z.boolean().default(true),
    conditions: slaConditions.default({}),
    targets: slaTargets,
    pauseOnPending: z.boolean().default(true),
    pauseOnHold: z.boolean().default(false),
    warnFraction: warnFraction.default(0.75),
    onBreach: onBreach.default({ raisePriority: true, reassign: 'none', remediation: 'none' }),
    /** null: the calendar of the ticket's team (else the workspace default). */
    calendarId: uuid.nullable().default(null),
    /** Where it goes in the order (0 first); default last. */
    position: z.number().int().min(0).optional(),
  })
  .strict();
export type CreatePolicyInput = z.infer<typeof createPolicyBody>;

export const patchPolicyBody = z
  .object({
    name: shortText(120).optional(),
    kind: z.enum(SLA_POLICY_KINDS).optional(),
    enabled: z.boolean().optional(),
    conditions: slaConditions.optional(),
    targets: slaTargets.optional(),
    pauseOnPending: z.boolean().optional(),
    pauseOnHold: z.boolean().optional(),
    warnFraction: warnFraction.optional(),
    onBreach: onBreach.optional(),
    calendarId: uuid.nullable().optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing to update' });
export type PatchPolicyInput = z.infer<typeof patchPolicyBody>;

export const reorderBody = z.object({ ids: z.array(uuid).min(1).max(500) }).strict();

const targetView = z.object({ seconds: z.number(), businessTime: z.boolean() }).nullable();
export const policyView = z.object({
  id: z.string(),
  name: z.string(),
  position: z.number(),
  kind: z.enum(SLA_POLICY_KINDS),
  enabled: z.boolean(),
  conditions: z.record(z.string(), z.array(z.string())),
  targets: z.object({ firstResponse: targetView, nextResponse: targetView, resolution: targetView }),
  pauseOnPending: z.boolean(),
  pauseOnHold: z.boolean(),
  warnFraction: z.number(),
  onBreach: z.object({ raisePriority: z.boolean(), reassign: z.enum(REASSIGN), remediation: z.enum(REMEDIATION) }),
  calendarId: z.string().nullable(),
  updatedAt: z.string(),
});
export type PolicyView = z.infer<typeof policyView>;
