import { describe, expect, it } from 'vitest';
import { nextReplyDue } from './render-template-message.js';

describe("a service message's default reply_by: the ticket's next SLA promise still ahead", () => {
  const now = new Date('2030-12-09T09:00:00Z');
  const at = (iso: string | null) => (iso ? new Date(iso) : null);
  const ticket = (next: string | null, first: string | null, soonest: string | null) => ({ next_response_due_at: at(next), first_response_due_at: at(first), sla_due_at: at(soonest) });

  it('prefers the next response, then the first response, then the soonest running clock', () => {
    expect(nextReplyDue(ticket('2030-12-09T12:00:00Z', '2030-12-09T10:00:00Z', null), now)).toEqual(new Date('2030-12-09T12:00:00Z'));
    expect(nextReplyDue(ticket(null, '2030-12-09T10:00:00Z', '2030-12-09T09:30:00Z'), now)).toEqual(new Date('2030-12-09T10:00:00Z'));
    expect(nextReplyDue(ticket(null, null, '2030-12-10T09:00:00Z'), now)).toEqual(new Date('2030-12-10T09:00:00Z'));
  });

  it('never promises a time already past: none ahead → null (the caller falls back to a humane deadline)', () => {
    expect(nextReplyDue(ticket('2030-12-09T08:00:00Z', null, null), now)).toBeNull();
    expect(nextReplyDue(ticket('2030-12-09T08:00:00Z', '2030-12-09T11:00:00Z', null), now)).toEqual(new Date('2030-12-09T11:00:00Z'));
    expect(nextReplyDue(ticket(null, null, null), now)).toBeNull();
  });
});
