import type { LocalePack } from '../locale/locale-pack.js';
import { honorific } from '../locale/salutation.js';
import { formatDate, formatDateTime, formatMoney } from '../locale/formatting.js';
import type { Phrases } from '../templates/starter-library.js';
import type { ReplyFacts } from './reply-facts.js';

export interface LabelledOption {
  key: string;
  label: string;
}

/**
 * The variables a template sees (templates/starter/README.md). Optional facts that are unknown
 * are left out, not set to "": a template either guards them with `{% if %}` or shows them as open.
 * Amounts and times arrive formatted for the buyer's locale, times in the buyer's own zone.
 */
export function buildReplyContext(
  facts: ReplyFacts,
  pack: LocalePack,
  phrases: Phrases,
  timeZone: string,
  asks: string,
  options: LabelledOption[],
): Record<string, unknown> {
  const c = facts.customer;
  const customer = compact({
    first_name: c.firstName,
    last_name: c.lastName,
    name: c.name || [c.firstName, c.lastName].filter(Boolean).join(' ') || null,
    title: honorific(pack, { firstName: c.firstName, lastName: c.lastName, name: c.name, title: c.title }),
  });
  const order = facts.order
    ? compact({
        number: facts.order.number,
        items: facts.order.items.length ? facts.order.items : null,
        total: facts.order.total !== null && facts.order.currency ? formatMoney(pack, facts.order.total, facts.order.currency) : null,
      })
    : null;
  const tracking = facts.tracking
    ? compact({
        number: facts.tracking.number,
        carrier: facts.tracking.carrier,
        url: facts.tracking.url,
        status: facts.tracking.status ? (phrases.tracking_status[facts.tracking.status] ?? null) : null,
      })
    : null;
  const context: Record<string, unknown> = {
    brand: { name: facts.brand.name },
    agent: { name: facts.agent.name, first_name: facts.agent.name.split(/\s+/)[0] ?? facts.agent.name },
    ticket: { id: facts.ticket.id, subject: facts.ticket.subject },
    reply_by: formatDateTime(pack, facts.replyBy, timeZone, { weekday: true }),
    asks,
    options,
    locale: { tone: pack.tone, brevity: pack.brevity, code: pack.locale },
  };
  if (Object.keys(customer).length) context.customer = customer;
  if (order && Object.keys(order).length) context.order = order;
  if (tracking) context.tracking = tracking;
  if (facts.compensation) context.compensation = { amount: formatMoney(pack, facts.compensation.amount, facts.compensation.currency) };
  if (facts.coupon) context.coupon = compact({ code: facts.coupon.code, percent: facts.coupon.percent });
  if (facts.payment) {
    context.payment = compact({
      amount: formatMoney(pack, facts.payment.amount, facts.payment.currency),
      due_date: formatDate(pack, facts.payment.dueDate, timeZone),
      url: facts.payment.url,
    });
  }
  if (facts.surveyUrl) context.survey = { url: facts.surveyUrl };
  if (facts.emergencyContact) context.emergency = { contact: facts.emergencyContact };
  if (facts.returnUrl) context.return = { url: facts.returnUrl };
  return context;
}

function compact<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined && v !== '')) as Partial<T>;
}
