import { sql, type ExpressionBuilder } from 'kysely';
import { cursorTimestamp, decodeCursor, encodeCursor, type Page } from '../../shared/cursor.js';
import { AppError } from '../../shared/errors.js';
import { searchQuery } from '../../shared/text/search-tokens.js';
import type { Principal } from '../auth/principal.js';
import type { Database, Db } from '../database.js';
import { selectTicketsWithCustomer, toTicketSummary, type TicketRowWithCustomer } from './ticket.queries.js';
import type { ListTicketsQuery, TicketSort, TicketSummary } from './ticket.schemas.js';

type TicketEb = ExpressionBuilder<Database & { tickets: Database['tickets'] }, 'tickets'>;

/** How each sort orders rows and which values its cursor carries. */
const SORTS: Record<TicketSort, { column: 'updated_at' | 'created_at'; descending: boolean; byPriority: boolean }> = {
  '-updated_at': { column: 'updated_at', descending: true, byPriority: false },
  updated_at: { column: 'updated_at', descending: false, byPriority: false },
  '-created_at': { column: 'created_at', descending: true, byPriority: false },
  created_at: { column: 'created_at', descending: false, byPriority: false },
  priority: { column: 'updated_at', descending: true, byPriority: true },
};

/**
 * The ticket list: filters, full-text search and keyset pagination in one place. The inbox
 * views, the API and the benchmark all go through here.
 */
export async function listTickets(db: Db, principal: Principal, query: ListTicketsQuery): Promise<Page<TicketSummary>> {
  const sort = SORTS[query.sort];
  let select = selectTicketsWithCustomer(db).where('tickets.workspace_id', '=', principal.workspaceId);

  if (principal.brandIds.length > 0) select = select.where('tickets.brand_id', 'in', principal.brandIds);
  if (query.status?.length) select = select.where('tickets.status', 'in', query.status);
  else select = select.where('tickets.merged_into_id', 'is', null);
  if (query.priority?.length) select = select.where('tickets.priority', 'in', query.priority);
  if (query.channel?.length) select = select.where('tickets.channel', 'in', query.channel);
  if (query.brandId?.length) select = select.where('tickets.brand_id', 'in', query.brandId);
  if (query.teamId) select = select.where('tickets.team_id', '=', query.teamId);
  if (query.customerId) select = select.where('tickets.customer_id', '=', query.customerId);
  if (query.intent?.length) select = select.where('tickets.intent', 'in', query.intent);
  if (query.language?.length) select = select.where('tickets.language', 'in', query.language);
  if (query.tag) select = select.where(sql<boolean>`tickets.tags @> array[${query.tag}]::text[]`);
  if (query.assignee === 'me') select = select.where('tickets.assignee_id', '=', principal.agentId);
  else if (query.assignee === 'none') select = select.where('tickets.assignee_id', 'is', null);
  else if (query.assignee) select = select.where('tickets.assignee_id', '=', query.assignee);
  if (query.q !== undefined && query.q.trim() !== '') {
    const tsquery = searchQuery(query.q);
    if (!tsquery) throw new AppError('validation_failed', 'The search text has no letters or digits to search for.');
    select = select.where(sql<boolean>`tickets.search_vector @@ ${tsquery}::tsquery`);
  }

  if (query.cursor) select = select.where((eb) => afterCursor(eb as unknown as TicketEb, query.sort, query.cursor!));

  const direction = sort.descending ? 'desc' : 'asc';
  if (sort.byPriority) select = select.orderBy('tickets.priority', 'asc');
  select = select.orderBy(`tickets.${sort.column}`, direction).orderBy('tickets.id', direction).limit(query.limit + 1);

  const rows = await select.execute();
  const hasMore = rows.length > query.limit;
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items: items.map(toTicketSummary),
    nextCursor: hasMore && last ? encodeCursor({ sort: query.sort, key: cursorKey(last, query.sort) }) : null,
  };
}

function cursorKey(row: TicketRowWithCustomer, sortName: TicketSort): (string | number)[] {
  const sort = SORTS[sortName];
  const key: (string | number)[] = [row[sort.column].toISOString(), row.id];
  return sort.byPriority ? [row.priority, ...key] : key;
}

function afterCursor(eb: TicketEb, sortName: TicketSort, raw: string) {
  const sort = SORTS[sortName];
  const cursor = decodeCursor(raw, sortName, sort.byPriority ? 3 : 2);
  const [at, id] = sort.byPriority ? cursor.key.slice(1) : cursor.key;
  const timestamp = cursorTimestamp(at);
  if (typeof id !== 'number') throw new AppError('invalid_cursor', 'The cursor is not valid for this list; start again without it.');
  const comparator = sort.descending ? '<' : '>';
  const afterKey = eb(eb.refTuple(`tickets.${sort.column}`, 'tickets.id'), comparator, eb.tuple(new Date(timestamp), id));
  if (!sort.byPriority) return afterKey;
  const priority = cursor.key[0];
  if (typeof priority !== 'string' || !/^P[1-4]$/.test(priority)) {
    throw new AppError('invalid_cursor', 'The cursor is not valid for this list; start again without it.');
  }
  return eb.or([
    eb('tickets.priority', '>', priority as 'P1'),
    eb.and([eb('tickets.priority', '=', priority as 'P1'), afterKey]),
  ]);
}
