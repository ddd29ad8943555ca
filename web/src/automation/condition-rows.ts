import type { Comparison, Condition, Op, Scalar } from './types';

/** One row of the condition builder: what the person typed, before it becomes a condition. */
export interface ConditionRow {
  field: string;
  op: Op;
  value: string;
}
export interface ConditionRows {
  match: 'all' | 'any';
  rows: ConditionRow[];
}

const LIST_OPS: ReadonlySet<Op> = new Set(['in', 'not_in', 'matches']);
const NUMBER_OPS: ReadonlySet<Op> = new Set(['gt', 'gte', 'lt', 'lte']);
export const NO_VALUE_OPS: ReadonlySet<Op> = new Set(['exists', 'not_exists']);
export const takesList = (op: Op) => LIST_OPS.has(op);

const isComparison = (c: Condition): c is Comparison => 'field' in c;

function valueText(value: Comparison['value']): string {
  if (value === undefined || value === null) return '';
  return Array.isArray(value) ? value.map((v) => String(v)).join(', ') : String(value);
}

/** The builder's rows for a condition, or null when it nests deeper than rows can show (then: JSON). */
export function toRows(condition: Condition): ConditionRows | null {
  if (isComparison(condition)) return { match: 'all', rows: [{ field: condition.field, op: condition.op, value: valueText(condition.value) }] };
  const match = 'all' in condition ? 'all' : 'any' in condition ? 'any' : null;
  if (!match) return null;
  const parts = (condition as Record<typeof match, Condition[]>)[match];
  if (!parts.every(isComparison)) return null;
  return { match, rows: (parts as Comparison[]).map((c) => ({ field: c.field, op: c.op, value: valueText(c.value) })) };
}

function parseValue(op: Op, text: string): Scalar | Scalar[] | undefined {
  if (NO_VALUE_OPS.has(op)) return undefined;
  if (LIST_OPS.has(op)) return text.split(',').map((s) => s.trim()).filter(Boolean);
  const trimmed = text.trim();
  if (NUMBER_OPS.has(op)) return trimmed === '' ? Number.NaN : Number(trimmed);
  return trimmed;
}

/** The condition the rows mean; the server checks it (and names the row of a mistake). */
export function fromRows(rows: ConditionRows): Condition {
  const parts: Condition[] = rows.rows
    .filter((r) => r.field.trim() !== '')
    .map((r) => {
      const value = parseValue(r.op, r.value);
      return value === undefined ? { field: r.field.trim(), op: r.op } : { field: r.field.trim(), op: r.op, value };
    });
  return rows.match === 'all' ? { all: parts } : { any: parts };
}
