import { expressionBuilder, sql, type Expression, type SqlBool } from 'kysely';
import { cursorTimestamp, decodeCursor, encodeCursor, type Cursor, type Page } from '../../shared/cursor.js';
import { AppError } from '../../shared/errors.js';
import { searchQuery, searchTerms } from '../../shared/text/search-tokens.js';
import type { Principal } from '../auth/principal.js';
import type { Database, Db } from '../database.js';
import { orderedWalkShare } from './ticket-search-plan.js';
import { selectTicketsWithCustomer, toTicketSummary, type TicketRowWithCustomer } from './ticket.queries.js';
import type { ListTicketsQuery, TicketSort, TicketSummary } from './ticket.schemas.js';

/** How each sort orders rows and which values its cursor carries. */
const SORTS: Record<TicketSort, { column: 'updated_at' | 'created_at' | 'sla_due_at'; descending: boolean; byPriority: boolean }> = {
  '-updated_at': { column: 'updated_at', descending: true, byPriority: false },
  updated_at: { column: 'updated_at', descending: false, byPriority: false },
  '-created_at': { column: 'created_at', descending: true, byPriority: false },
  created_at: { column: 'created_at', descending: false, byPriority: false },
  priority: { column: 'updated_at', descending: true, byPriority: true },
  // Due soonest first; tickets without a running clock (null) after all others (ascending puts nulls last).
  due: { column: 'sla_due_at', descending: false, byPriority: false },
};

/** Rows read per step when walking the list in order for a common search (see below). */
const WALK_MIN_CHUNK = 500;
const WALK_MAX_CHUNK = 20_000;
const WALK_MAX_CHUNKS = 20;

const eb = expressionBuilder<Database, 'tickets'>();
type SortKey = Cursor['key'];

/**
 * The ticket list: filters, full-text search and keyset pagination in one place. The inbox
 * views, the API and the benchmark all go through here.
 */
export async function listTickets(db: Db, principal: Principal, query: ListTicketsQuery): Promise<Page<TicketSummary>> {
  let tsquery: string | null = null;
  if (query.q !== undefined && query.q.trim() !== '') {
    tsquery = searchQuery(query.q);
    if (!tsquery) throw new AppError('validation_failed', 'The search text has no letters or digits to search for.');
  }
  const after = query.cursor ? decodeSortKey(query.sort, query.cursor) : undefined;
  const share = tsquery ? await orderedWalkShare(db, searchTerms(query.q!), query.limit) : null;
  const { rows, resumeAfter } =
    tsquery && share
      ? await walkForMatches(db, principal, query, tsquery, after, share)
      : {
          rows: await ordered(selectTicketsWithCustomer(db).where(eb.and(conditions(principal, query, tsquery, after))), query.sort)
            .limit(query.limit + 1)
            .execute(),
          resumeAfter: undefined,
        };

  const hasMore = rows.length > query.limit;
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  const nextKey = hasMore && last ? sortKey(last, query.sort) : resumeAfter;
  return {
    items: items.map(toTicketSummary),
    nextCursor: nextKey ? encodeCursor({ sort: query.sort, key: nextKey }) : null,
  };
}

/**
 * A common search (a word in thousands of tickets) walks the list in its own order and keeps the
 * matching rows, chunk by chunk: a page is found after a few thousand rows. Through the search
 * index Postgres would fetch and sort every match, and its planner cannot tell the two cases
 * apart for Chinese, Japanese or Thai words (see ticket-search-plan.ts).
 */
async function walkForMatches(db: Db, principal: Principal, query: ListTicketsQuery, tsquery: string, start: SortKey | undefined, share: number) {
  const wanted = query.limit + 1;
  const matchedIds: number[] = [];
  let after = start;
  let exhausted = false;
  // Enough rows for a page at the estimated share, with a margin; doubled while matches are sparse.
  let chunkSize = Math.min(WALK_MAX_CHUNK, Math.max(WALK_MIN_CHUNK, Math.ceil((wanted / share) * 1.5)));
  for (let chunk = 0; chunk < WALK_MAX_CHUNKS && matchedIds.length < wanted; chunk++, chunkSize = Math.min(WALK_MAX_CHUNK, chunkSize * 2)) {
    const rows = ordered(
      db
        .selectFrom('tickets')
        .select(['tickets.id', 'tickets.updated_at', 'tickets.created_at', 'tickets.priority', 'tickets.sla_due_at'])
        .select(sql<boolean>`tickets.search_vector @@ ${tsquery}::tsquery`.as('matches'))
        .select(sql<number>`row_number() over (order by ${sql.raw(orderSql(query.sort))})`.as('position'))
        .where(eb.and(conditions(principal, query, null, after))),
      query.sort,
    ).limit(chunkSize);
    // One row back per chunk (the matching ids and the chunk's last row), not thousands to parse.
    const { rows: [step] } = await sql<{ ids: number[] | null; read: number; last: { id: number; updated_at: string; created_at: string; priority: 'P1'; sla_due_at: string | null } | null }>`
      with c as materialized (${rows})
      select (select array_agg(id order by position) from c where matches) as ids,
        (select count(*)::int from c) as read,
        (select json_build_object('id', id, 'updated_at', updated_at, 'created_at', created_at, 'priority', priority, 'sla_due_at', sla_due_at)
           from c order by position desc limit 1) as last`.execute(db);
    for (const id of step?.ids ?? []) if (matchedIds.length < wanted) matchedIds.push(id);
    const last = step?.last;
    if (!last || step.read < chunkSize) {
      exhausted = true;
      break;
    }
    after = sortKey({ ...last, updated_at: new Date(last.updated_at), created_at: new Date(last.created_at), sla_due_at: last.sla_due_at ? new Date(last.sla_due_at) : null }, query.sort);
  }
  // The walk stopped at its bound with rows left unread: the next page resumes after them.
  const resumeAfter = matchedIds.length < wanted && !exhausted ? after : undefined;
  const rows = matchedIds.length ? await ordered(selectTicketsWithCustomer(db).where('tickets.id', 'in', matchedIds), query.sort).execute() : [];
  return { rows, resumeAfter };
}

/** Every filter of the query as SQL conditions on `tickets`. */
function conditions(principal: Principal, query: ListTicketsQuery, tsquery: string | null, after: SortKey | undefined): Expression<SqlBool>[] {
  const where: Expression<SqlBool>[] = [eb('tickets.workspace_id', '=', principal.workspaceId)];
  if (principal.brandIds.length > 0) where.push(eb('tickets.brand_id', 'in', principal.brandIds));
  if (query.status?.length) where.push(eb('tickets.status', 'in', query.status));
  else where.push(eb('tickets.merged_into_id', 'is', null));
  if (query.priority?.length) where.push(eb('tickets.priority', 'in', query.priority));
  if (query.channel?.length) where.push(eb('tickets.channel', 'in', query.channel));
  if (query.brandId?.length) where.push(eb('tickets.brand_id', 'in', query.brandId));
  if (query.teamId) where.push(eb('tickets.team_id', '=', query.teamId));
  if (query.queueId?.length) where.push(eb('tickets.queue_id', 'in', query.queueId));
  if (query.customerId) where.push(eb('tickets.customer_id', '=', query.customerId));
  if (query.intent?.length) where.push(eb('tickets.intent', 'in', query.intent));
  if (query.language?.length) where.push(eb('tickets.language', 'in', query.language));
  if (query.needsTriage) where.push(eb('tickets.needs_triage', '=', query.needsTriage === 'true'));
  if (query.risk === 'any') where.push(sql<SqlBool>`tickets.risk <> '{}'::text[]`);
  else if (query.risk?.length) where.push(sql<SqlBool>`tickets.risk && ${query.risk}::text[]`);
  if (query.tag) where.push(sql<SqlBool>`tickets.tags @> array[${query.tag}]::text[]`);
  if (query.assignee === 'me') where.push(eb('tickets.assignee_id', '=', principal.agentId));
  else if (query.assignee === 'none') where.push(eb('tickets.assignee_id', 'is', null));
  else if (query.assignee) where.push(eb('tickets.assignee_id', '=', query.assignee));
  if (query.sla) where.push(slaCondition(query.sla, new Date()));
  if (tsquery) where.push(sql<SqlBool>`tickets.search_vector @@ ${tsquery}::tsquery`);
  if (after) where.push(afterKey(query.sort, after));
  return where;
}

function ordered<Q extends { orderBy: (...args: any[]) => Q }>(select: Q, sortName: TicketSort): Q {
  const sort = SORTS[sortName];
  const direction = sort.descending ? 'desc' : 'asc';
  const byPriority = sort.byPriority ? select.orderBy('tickets.priority', 'asc') : select;
  return byPriority.orderBy(`tickets.${sort.column}`, direction).orderBy('tickets.id', direction);
}

/** The sort as an SQL ORDER BY list, for window functions over the same order. */
function orderSql(sortName: TicketSort): string {
  const sort = SORTS[sortName];
  const direction = sort.descending ? 'desc' : 'asc';
  return `${sort.byPriority ? 'tickets.priority asc, ' : ''}tickets.${sort.column} ${direction}, tickets.id ${direction}`;
}

/**
 * at_risk: the soonest deadline's warning has passed, the deadline has not, nothing breached yet.
 * breached: a breach recorded on a ticket not solved, or the soonest deadline passed (the ticker
 * may not have written it down yet).
 */
function slaCondition(filter: 'at_risk' | 'breached', now: Date): Expression<SqlBool> {
  if (filter === 'at_risk') {
    return eb.and([eb('tickets.sla_warn_at', '<=', now), eb('tickets.sla_due_at', '>', now), eb('tickets.sla_breached_at', 'is', null)]);
  }
  return eb.or([
    eb.and([eb('tickets.sla_breached_at', 'is not', null), eb('tickets.status', 'not in', ['solved', 'closed'])]),
    eb('tickets.sla_due_at', '<=', now),
  ]);
}

function sortKey(row: Pick<TicketRowWithCustomer, 'id' | 'updated_at' | 'created_at' | 'priority' | 'sla_due_at'>, sortName: TicketSort): SortKey {
  const sort = SORTS[sortName];
  const key: SortKey = [row[sort.column]?.toISOString() ?? null, row.id];
  return sort.byPriority ? [row.priority, ...key] : key;
}

const invalidCursor = () => new AppError('invalid_cursor', 'The cursor is not valid for this list; start again without it.');

function decodeSortKey(sortName: TicketSort, raw: string): SortKey {
  const sort = SORTS[sortName];
  const key = decodeCursor(raw, sortName, sort.byPriority ? 3 : 2).key;
  const [at, id] = sort.byPriority ? key.slice(1) : key;
  // Only the due sort has rows without a value (tickets without a running clock).
  if (!(at === null && sort.column === 'sla_due_at')) cursorTimestamp(at);
  if (typeof id !== 'number') throw invalidCursor();
  if (sort.byPriority && (typeof key[0] !== 'string' || !/^P[1-4]$/.test(key[0]))) throw invalidCursor();
  return key;
}

/** Rows strictly after a sort key, in the sort's direction. */
function afterKey(sortName: TicketSort, key: SortKey): Expression<SqlBool> {
  const sort = SORTS[sortName];
  const [at, id] = (sort.byPriority ? key.slice(1) : key) as [string | null, number];
  if (sort.column === 'sla_due_at') {
    // Ascending with nulls last: after a dated row come later dates, then every undated row.
    if (at === null) return eb.and([eb('tickets.sla_due_at', 'is', null), eb('tickets.id', '>', id)]);
    return eb.or([eb(eb.refTuple('tickets.sla_due_at', 'tickets.id'), '>', eb.tuple(new Date(at), id)), eb('tickets.sla_due_at', 'is', null)]);
  }
  const comparator = sort.descending ? '<' : '>';
  const pastKey = eb(eb.refTuple(`tickets.${sort.column}`, 'tickets.id'), comparator, eb.tuple(new Date(at!), id));
  if (!sort.byPriority) return pastKey;
  const priority = key[0] as 'P1';
  return eb.or([eb('tickets.priority', '>', priority), eb.and([eb('tickets.priority', '=', priority), pastKey])]);
}
