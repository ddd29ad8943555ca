import type { LocalePack } from '../locale/locale-pack.js';
import { closingLine, salutation, signOff } from '../locale/salutation.js';
import { composeReply } from '../locale/compose.js';
import type { TemplateSource } from '../templates/starter-library.js';
import { renderLiquid } from './liquid.js';
import type { ReplyFacts } from './reply-facts.js';

export interface RenderedReply {
  subject: string;
  text: string;
  html: string;
  /** Variables the data did not fill; they stay in the text as `{{name}}`. */
  unresolved: string[];
}

/**
 * A template body between the buyer's salutation and the sign-off, both taken from the locale
 * pack (a template never writes its own greeting): "Sehr geehrte Frau Dr. Weber," for a German
 * buyer, "山田様" for a Japanese one, one line on a Swedish chat.
 */
export function renderReply(template: TemplateSource, context: Record<string, unknown>, facts: ReplyFacts, pack: LocalePack): RenderedReply {
  const subject = renderLiquid(template.subject, context);
  const body = renderLiquid(template.body, context);
  const channel = facts.ticket.channel;
  const who = {
    firstName: facts.customer.firstName,
    lastName: facts.customer.lastName,
    name: facts.customer.name,
    title: facts.customer.title,
  };
  const composed = composeReply(pack, {
    salutation: salutation(pack, who, { channel, religiousGreeting: facts.religiousGreeting ?? false }),
    paragraphs: body.output.split(/\n[ \t]*\n/).map((p) => p.replace(/[ \t]+$/gm, '').replace(/^\n+|\n+$/g, '')),
    closing: closingLine(pack, { channel }),
    signOff: signOff(pack, { agentName: facts.agent.name, brandName: facts.brand.name, channel }),
    channel,
  });
  return {
    subject: subject.output.replace(/\s+/g, ' ').trim(),
    text: composed.text,
    html: composed.html,
    unresolved: [...new Set([...subject.unresolved, ...body.unresolved])],
  };
}
