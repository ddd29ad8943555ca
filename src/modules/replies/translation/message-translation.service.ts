import type { Principal } from '../../auth/principal.js';
import type { Db } from '../../database.js';
import { notFound } from '../../../shared/errors.js';
import { getTicketRowOrThrow } from '../../tickets/ticket.queries.js';
import { baseLanguage } from './language-codes.js';
import { getProviderSettingsOrThrow } from './translation-settings.service.js';
import { translateText, type TranslateOptions } from './translation.service.js';
import type { ProviderKind } from './translation.table.js';

export interface MessageTranslation {
  messageId: number;
  text: string;
  from: string | null;
  to: string;
  provider: ProviderKind;
  cached: boolean;
  /** False when the message is already in the target language (the original comes back, no call is made). */
  translated: boolean;
}

/**
 * A message of a ticket the agent may see, in their language (`to`, else their locale). The
 * buyer's name is kept as written.
 */
export async function translateMessage(
  db: Db,
  principal: Principal,
  ticketId: number,
  messageId: number,
  to: string | undefined,
  options: TranslateOptions = {},
): Promise<MessageTranslation> {
  const ticket = await getTicketRowOrThrow(db, principal, ticketId);
  const message = await db
    .selectFrom('messages')
    .select(['id', 'body_text', 'language'])
    .where('id', '=', messageId)
    .where('ticket_id', '=', ticket.id)
    .where('workspace_id', '=', principal.workspaceId)
    .executeTakeFirst();
  if (!message) throw notFound('Message', messageId);
  const target = to ?? (await agentLocale(db, principal));
  const sameLanguage = message.language !== null && baseLanguage(message.language) === baseLanguage(target);
  if (sameLanguage || message.body_text.trim() === '') {
    // Already in the agent's language (or nothing to translate): nothing to pay for, but translation must still be on.
    const settings = await getProviderSettingsOrThrow(db, principal.workspaceId);
    return { messageId: message.id, text: message.body_text, from: message.language, to: target, provider: settings.provider, cached: false, translated: false };
  }
  const names = await customerNames(db, ticket.customer_id);
  const result = await translateText(db, principal.workspaceId, { text: message.body_text, to: target, from: message.language, names }, options);
  return { messageId: message.id, text: result.text, from: result.from, to: target, provider: result.provider, cached: result.cached, translated: true };
}

async function agentLocale(db: Db, principal: Principal): Promise<string> {
  const agent = await db.selectFrom('agents').select('locale').where('id', '=', principal.agentId).executeTakeFirst();
  return agent?.locale ?? 'en';
}

/** The buyer's full name and its parts: "Sakura Tanaka" → ["Sakura Tanaka", "Sakura", "Tanaka"]. */
async function customerNames(db: Db, customerId: string): Promise<string[]> {
  const customer = await db.selectFrom('customers').select(['name', 'first_name', 'last_name']).where('id', '=', customerId).executeTakeFirst();
  if (!customer) return [];
  const parts = [customer.name, customer.first_name, customer.last_name, ...customer.name.split(/\s+/)];
  return parts.filter((p): p is string => typeof p === 'string' && p.trim().length >= 2);
}
