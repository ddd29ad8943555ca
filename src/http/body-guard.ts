import type { FastifyInstance } from 'fastify';
import { AppError } from '../shared/errors.js';

const MAX_DEPTH = 32;

/**
 * NUL cannot be stored in Postgres text, and no request of ours nests deeper than a few levels:
 * refuse both at the door with a clear 400 on every route. Iterative, so hostile nesting
 * cannot exhaust the stack.
 */
export function inspectBody(value: unknown): 'ok' | 'nul' | 'too_deep' {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [current, depth] = stack.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return 'nul';
    } else if (current && typeof current === 'object' && !ArrayBuffer.isView(current)) {
      // Raw bodies (a message/rfc822 upload) are bytes, not JSON: nothing to walk.
      if (depth >= MAX_DEPTH) return 'too_deep';
      for (const [key, child] of Object.entries(current)) {
        if (key.includes('\u0000')) return 'nul';
        stack.push([child, depth + 1]);
      }
    }
  }
  return 'ok';
}

export function installBodyGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const verdict = /%00/.test(request.url) ? 'nul' : inspectBody([request.params, request.body]);
    if (verdict === 'nul') throw new AppError('validation_failed', 'Text may not contain NUL (\\u0000) characters; PostgreSQL cannot store them.');
    if (verdict === 'too_deep') throw new AppError('validation_failed', `The JSON body nests deeper than ${MAX_DEPTH} levels.`);
  });
}
