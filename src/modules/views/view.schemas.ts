import { z } from 'zod';
import { listTicketsQuery } from '../tickets/ticket.schemas.js';

/** The inbox filters a view keeps: the ticket list's own query parameters, as the list takes them. */
const FILTER_KEYS = ['status', 'priority', 'channel', 'assignee', 'brandId', 'intent', 'language', 'tag', 'q', 'sort'] as const;

export const viewFilters = z
  .partialRecord(z.enum(FILTER_KEYS), z.string().max(2000))
  .superRefine((filters, ctx) => {
    const checked = listTicketsQuery.safeParse(filters);
    if (!checked.success) {
      for (const issue of checked.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    }
  });

export const savedView = z.object({
  id: z.string(),
  name: z.string(),
  filters: z.record(z.string(), z.string()),
  shared: z.boolean(),
  mine: z.boolean(),
  createdAt: z.string(),
});
export type SavedView = z.infer<typeof savedView>;

export const createViewBody = z
  .object({ name: z.string().trim().min(1).max(80), filters: viewFilters, shared: z.boolean().optional() })
  .strict();
export type CreateViewInput = z.infer<typeof createViewBody>;

export const updateViewBody = createViewBody.partial().strict();
export type UpdateViewInput = z.infer<typeof updateViewBody>;
