import { Liquid, type Template } from 'liquidjs';

/**
 * Templates are rendered strictly: a variable that is not in the context is not rendered as an
 * empty string (the buyer would read "your order  has shipped") but left visibly open as
 * `{{name}}` and reported, so the composer highlights it and the send guard refuses it.
 * `{% if x %}` on a missing value is simply false (lenientIf): that is how templates make data optional.
 */
const engine = new Liquid({ strictVariables: true, lenientIf: true, strictFilters: true, ownPropertyOnly: true, greedy: false });

const MAX_CACHED = 5_000;
const compiled = new Map<string, Template[]>();

export class TemplateSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(message);
    this.name = 'TemplateSyntaxError';
  }
}

/** Parses (once per distinct source) or throws a TemplateSyntaxError naming the line. */
export function compileTemplate(source: string): Template[] {
  const hit = compiled.get(source);
  if (hit) return hit;
  let parsed: Template[];
  try {
    parsed = engine.parse(source);
  } catch (error) {
    const message = (error as Error).message;
    const line = /line:(\d+)/.exec(message);
    throw new TemplateSyntaxError(message.replace(/, line:\d+, col:\d+$/, ''), line ? Number(line[1]) : null);
  }
  if (compiled.size >= MAX_CACHED) compiled.delete(compiled.keys().next().value!);
  compiled.set(source, parsed);
  return parsed;
}

export interface LiquidOutput {
  output: string;
  /** Variables the context did not provide, in the order they were met. */
  unresolved: string[];
}

const MAX_OPEN_VARIABLES = 25;

export function renderLiquid(source: string, context: Record<string, unknown>): LiquidOutput {
  const template = compileTemplate(source);
  const scope = structuredClone(context);
  const unresolved: string[] = [];
  for (;;) {
    try {
      return { output: engine.renderSync(template, scope) as string, unresolved };
    } catch (error) {
      const path = undefinedVariable(error);
      if (!path || unresolved.includes(path) || unresolved.length >= MAX_OPEN_VARIABLES) throw error;
      unresolved.push(path);
      leaveOpen(scope, path);
    }
  }
}

function undefinedVariable(error: unknown): string | null {
  if (!(error instanceof Error) || error.name !== 'UndefinedVariableError') return null;
  // The token holds the whole path (`order.number`) even when only `order` is missing.
  const token = (error as { token?: { getText?: () => string } }).token?.getText?.();
  const match = token ? /^[\w.[\]"']+/.exec(token.trim()) : /^undefined variable: ([\w.[\]"']+)/.exec(error.message);
  const path = match ? (token ? match[0] : match[1]!) : null;
  return path ? path.replace(/\[["']?([^\]"']+)["']?\]/g, '.$1') : null;
}

/** Puts `{{path}}` where the missing value would be, so the rendered text shows the hole. */
function leaveOpen(scope: Record<string, unknown>, path: string): void {
  const parts = path.split('.');
  let node: Record<string, unknown> = scope;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1)!] = `{{${path}}}`;
}
