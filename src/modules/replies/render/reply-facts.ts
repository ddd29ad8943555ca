import type { ReplyChannel } from '../locale/salutation.js';

/** Everything a reply can say about a ticket, gathered from the database (or a preview sample). */
export interface ReplyFacts {
  ticket: { id: number; subject: string; channel: ReplyChannel; intent: string | null; language: string | null };
  customer: {
    firstName: string | null;
    lastName: string | null;
    name: string | null;
    title: string | null;
    language: string | null;
    country: string | null;
    timezone: string | null;
  };
  brand: { name: string; kind: string };
  agent: { name: string };
  order: {
    number: string | null;
    currency: string | null;
    total: number | null;
    items: { title: string; sku?: string; quantity: number }[];
  } | null;
  tracking: { number: string; carrier: string | null; url: string | null; status: string | null } | null;
  /** When a person will answer or send the next update. */
  replyBy: Date;
  compensation?: { amount: number; currency: string } | null;
  coupon?: { code: string | null; percent: number } | null;
  payment?: { amount: number; currency: string; dueDate: Date; url: string | null } | null;
  surveyUrl?: string | null;
  emergencyContact?: string | null;
  returnUrl?: string | null;
  /** Whether the workspace opens Arabic replies with the religious greeting. */
  religiousGreeting?: boolean;
}
