import { sql } from 'kysely';
import { documentLexemes, toTsvectorLiteral } from '../../shared/text/search-tokens.js';

/** The search vector of a ticket's subject and first message, as a tsvector literal. */
export function ticketSearchVector(...texts: string[]): string {
  return toTsvectorLiteral(documentLexemes(texts.join('\n')));
}

// A tsvector holds at most 1 MB; a thread that reaches this size keeps the words it has.
const MAX_VECTOR_TEXT_BYTES = 900_000;

/** Appends a new message's words to the ticket's search vector, unless it is already full. */
export function appendSearchVector(text: string) {
  return appendVector(sql`${ticketSearchVector(text)}::tsvector`);
}

/** `search_vector || addition`, capped so a very long thread can never fail an update. */
export function appendVector(addition: ReturnType<typeof sql>) {
  return sql<string>`case
    when octet_length(search_vector::text) + octet_length((${addition})::text) < ${MAX_VECTOR_TEXT_BYTES}
    then search_vector || ${addition} else search_vector end`;
}
