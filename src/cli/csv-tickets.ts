import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { AppError } from '../shared/errors.js';

/**
 * Reads the CSV import format: one row per message, rows of one ticket share `ticket_ref`.
 * Columns: ticket_ref, brand, channel, subject, status, priority, tags (`;`-separated),
 * customer_email, customer_name, customer_country, customer_language, direction, author_email,
 * created_at, text.
 */
export async function readCsvTickets(file: string): Promise<unknown[]> {
  const tickets = new Map<string, Record<string, unknown> & { messages: unknown[] }>();
  const parser = createReadStream(file).pipe(parse({ columns: true, bom: true, skip_empty_lines: true, trim: true, relax_column_count: false }));
  try {
    for await (const row of parser as AsyncIterable<Record<string, string>>) {
      const ref = row.ticket_ref;
      if (!ref) throw new AppError('validation_failed', `${file}: a row has no ticket_ref.`);
      let ticket = tickets.get(ref);
      if (!ticket) {
        ticket = {
          ref,
          brand: row.brand,
          channel: row.channel || 'email',
          subject: row.subject,
          ...(row.status ? { status: row.status } : {}),
          ...(row.priority ? { priority: row.priority } : {}),
          tags: (row.tags ?? '').split(';').map((t) => t.trim()).filter(Boolean),
          customer: {
            ...(row.customer_email ? { email: row.customer_email } : {}),
            ...(row.customer_name ? { name: row.customer_name } : {}),
            ...(row.customer_country ? { country: row.customer_country } : {}),
            ...(row.customer_language ? { language: row.customer_language } : {}),
          },
          messages: [],
        };
        tickets.set(ref, ticket);
      }
      ticket.messages.push({
        direction: row.direction || 'inbound',
        text: row.text ?? '',
        createdAt: row.created_at,
        ...(row.author_email ? { author: row.author_email } : {}),
      });
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('validation_failed', `${file} is not a valid CSV: ${(error as Error).message}`);
  }
  return [...tickets.values()];
}
