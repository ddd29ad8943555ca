import { z } from 'zod';
import { fieldProblem } from './condition-fields.js';

export const CONDITION_OPS = ['eq', 'neq', 'in', 'not_in', 'contains', 'not_contains', 'gt', 'gte', 'lt', 'lte', 'exists', 'not_exists', 'matches'] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];

export type Scalar = string | number | boolean | null;
export type ConditionValue = Scalar | Scalar[];

export interface Comparison {
  field: string;
  op: ConditionOp;
  value?: ConditionValue;
}
export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | Comparison;

/** How deep `all`/`any`/`not` may nest: enough for any rule a person writes, bounded for the evaluator. */
export const MAX_CONDITION_DEPTH = 8;

const scalar = z.union([z.string().max(500), z.number(), z.boolean(), z.null()]);
const value = z.union([scalar, z.array(scalar).max(200)]);

const comparison = z
  .object({ field: z.string().min(1).max(120), op: z.enum(CONDITION_OPS), value: value.optional() })
  .strict()
  .superRefine((c, ctx) => {
    const problem = fieldProblem(c.field);
    if (problem) ctx.addIssue({ code: 'custom', path: ['field'], message: problem });
    const problemWithValue = valueProblem(c.op, c.value);
    if (problemWithValue) ctx.addIssue({ code: 'custom', path: ['value'], message: problemWithValue });
  });

function valueProblem(op: ConditionOp, v: ConditionValue | undefined): string | null {
  switch (op) {
    case 'exists':
    case 'not_exists':
      return v === undefined ? null : `"${op}" takes no value`;
    case 'in':
    case 'not_in':
      return Array.isArray(v) ? null : `"${op}" needs a list of values`;
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return typeof v === 'number' && Number.isFinite(v) ? null : `"${op}" needs a number`;
    case 'matches':
      if (typeof v === 'string' && v.trim()) return null;
      return Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string' && s.trim()) ? null : '"matches" needs a word or a list of words';
    default:
      return v === undefined || Array.isArray(v) ? `"${op}" needs a single value` : null;
  }
}

function conditionAt(depth: number): z.ZodType<Condition> {
  if (depth > MAX_CONDITION_DEPTH) {
    return z.never({ message: `conditions nest at most ${MAX_CONDITION_DEPTH} levels deep` }) as unknown as z.ZodType<Condition>;
  }
  const inner = z.lazy(() => conditionAt(depth + 1));
  const shapes = {
    field: comparison,
    all: z.object({ all: z.array(inner).max(50) }).strict(),
    any: z.object({ any: z.array(inner).max(50) }).strict(),
    not: z.object({ not: inner }).strict(),
  };
  return z.unknown().transform((input, ctx) => {
    const kind = input && typeof input === 'object' && !Array.isArray(input) ? (['field', 'all', 'any', 'not'] as const).find((k) => k in input) : undefined;
    if (!kind) {
      ctx.addIssue({ code: 'custom', message: 'a condition is {all:[…]}, {any:[…]}, {not:…} or {field, op, value}' });
      return z.NEVER;
    }
    const result = (shapes[kind] as z.ZodType).safeParse(input);
    if (!result.success) {
      for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path as PropertyKey[] });
      return z.NEVER;
    }
    return result.data as Condition;
  }) as unknown as z.ZodType<Condition>;
}

/**
 * A rule's conditions as data: `{all:[…]}`, `{any:[…]}`, `{not:…}` or `{field, op, value}`.
 * Unknown fields, operators or values that do not fit the operator are refused with their path.
 */
export const conditionSchema: z.ZodType<Condition> = conditionAt(0);

export function isComparison(c: Condition): c is Comparison {
  return 'field' in c;
}
