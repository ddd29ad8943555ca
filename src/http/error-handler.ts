import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, ERRORS, type ErrorCode } from '../shared/errors.js';

interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

/** One error shape for every route: `{ error: { code, message, details? } }`. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const body = toErrorBody(error);
    const status = ERRORS[body.error.code].status;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    if (status >= 500 && process.env.DEBUG_ERRORS) console.error(error);
    if (body.error.code === 'rate_limited' && error.statusCode === 429) reply.header('retry-after', '60');
    return reply.code(status).send(body);
  });

  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: { code: 'not_found', message: `No route ${request.method} ${request.url.split('?')[0]}.` } }),
  );
}

function toErrorBody(error: FastifyError): ErrorBody {
  if (error instanceof AppError) {
    return { error: { code: error.code, message: error.message, ...(error.details !== undefined ? { details: error.details } : {}) } };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((v) => ({
      path: `${error.validationContext ?? 'body'}${v.instancePath.replaceAll('/', '.')}`,
      message: v.message ?? 'is invalid',
    }));
    const summary = issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; ');
    return { error: { code: 'validation_failed', message: `Invalid request — ${summary}`, details: issues } };
  }
  if (isResponseSerializationError(error)) return { error: { code: 'internal', message: 'The response could not be built.' } };
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { error: { code: 'invalid_json', message: `The request body is not valid JSON: ${error.message}` } };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { error: { code: 'payload_too_large', message: 'The request body is larger than this server accepts.' } };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { error: { code: 'unsupported_media_type', message: `Content-Type ${error.message.split(': ').at(-1)} is not accepted here; send application/json.` } };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { error: { code: 'validation_failed', message: 'The Content-Length header does not match the body.' } };
  }
  if (error.statusCode === 429) return { error: { code: 'rate_limited', message: 'Too many requests; wait a minute and try again.' } };
  if (error instanceof SyntaxError || (error.statusCode === 400 && /JSON/i.test(error.message))) {
    return { error: { code: 'invalid_json', message: `The request body is not valid JSON: ${error.message}` } };
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    const code: ErrorCode = error.statusCode === 404 ? 'not_found' : error.statusCode === 413 ? 'payload_too_large' : 'validation_failed';
    return { error: { code, message: error.message } };
  }
  return { error: { code: 'internal', message: 'Something went wrong on our side; it has been logged.' } };
}
