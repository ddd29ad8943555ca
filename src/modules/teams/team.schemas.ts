import { z } from 'zod';
import { shortText, timeZone, uuid } from '../../shared/schemas.js';

export const teamView = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  timezone: z.string(),
  memberCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TeamView = z.infer<typeof teamView>;

export const teamDetail = teamView.extend({ memberIds: z.array(z.string()) });
export type TeamDetail = z.infer<typeof teamDetail>;

export const createTeamBody = z
  .object({
    name: shortText(120),
    description: z.string().trim().max(2000).optional(),
    timezone: timeZone.optional(),
    /** Agent ids; replaces the team's members when given. */
    memberIds: z.array(uuid).max(500).optional(),
  })
  .strict();
export type CreateTeamInput = z.infer<typeof createTeamBody>;

export const updateTeamBody = createTeamBody.partial().strict();
export type UpdateTeamInput = z.infer<typeof updateTeamBody>;
