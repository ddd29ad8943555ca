import { z } from 'zod';
import { ticketId } from '../../../shared/schemas.js';
import { findingView } from '../../replies/replies.schemas.js';
import { REMEDIATION_KINDS } from '../remediation/remediation-plan.js';
import { OFF_HOURS_CHANNELS } from './sla-settings.js';

const marketplaceKey = z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9_.-]{0,39}$/, 'marketplace keys are lower-case names like "amazon" or "default"');

const channelSwitches = z.object(Object.fromEntries(OFF_HOURS_CHANNELS.map((c) => [c, z.boolean()])) as Record<(typeof OFF_HOURS_CHANNELS)[number], z.ZodBoolean>);

export const slaSettingsView = z.object({
  offHours: z.object({
    enabled: z.boolean(),
    channels: channelSwitches,
    marketplaces: z.record(z.string(), z.boolean()),
  }),
  remediation: z.object({ interimPromiseMinutes: z.number(), couponPercent: z.number() }),
});

/** Every part optional: what is left out keeps its value. */
export const putSlaSettingsBody = z
  .object({
    offHours: z
      .object({
        enabled: z.boolean().optional(),
        channels: channelSwitches.partial().strict().optional(),
        marketplaces: z.record(marketplaceKey, z.boolean()).optional(),
      })
      .strict()
      .optional(),
    remediation: z
      .object({
        interimPromiseMinutes: z.number().int('must be whole minutes').min(5).max(7 * 24 * 60).optional(),
        couponPercent: z.number().min(0).max(100).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const remediationKind = z.enum(REMEDIATION_KINDS);
export const ticketParams = z.object({ id: ticketId }).strict();
export const remediationQuery = z.object({ kind: remediationKind }).strict();
export const remediationBody = z.object({ kind: remediationKind, override: z.boolean().optional() }).strict();

export const remediationPreviewView = z.object({
  kind: remediationKind,
  templateKey: z.string(),
  subject: z.string(),
  text: z.string(),
  language: z.string(),
  findings: z.array(findingView),
  blocking: z.boolean(),
  replyBy: z.string(),
  buyerTimeZone: z.string(),
});

export const remediationSentView = z.object({ status: z.literal('sent'), messageId: z.number(), text: z.string(), replyBy: z.string() });
