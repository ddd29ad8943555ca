/**
 * The error catalog: every error a client can see, with its HTTP status. Domain code throws
 * `AppError`s; the HTTP layer maps them to `{ error: { code, message, details? } }`.
 */
export const ERRORS = {
  validation_failed: { status: 400, description: 'The request does not match the schema.' },
  invalid_json: { status: 400, description: 'The body is not valid JSON.' },
  invalid_cursor: { status: 400, description: 'The pagination cursor is malformed or from another query.' },
  unauthenticated: { status: 401, description: 'No valid session cookie or API token.' },
  invalid_credentials: { status: 401, description: 'Wrong e-mail or password.' },
  csrf_failed: { status: 403, description: 'Missing or wrong X-CSRF-Token header on a cookie-authenticated write.' },
  forbidden: { status: 403, description: 'The role or brand access of the caller does not allow this.' },
  not_found: { status: 404, description: 'No such resource in this workspace.' },
  conflict: { status: 409, description: 'The change conflicts with the current state.' },
  payload_too_large: { status: 413, description: 'The body is larger than the configured limit.' },
  unsupported_media_type: { status: 415, description: 'The Content-Type is not accepted by this route.' },
  unprocessable: { status: 422, description: 'The request is well-formed but cannot be carried out.' },
  rate_limited: { status: 429, description: 'Too many requests; retry after the given time.' },
  internal: { status: 500, description: 'An unexpected error; it has been logged.' },
  unavailable: { status: 503, description: 'A dependency (the database) is not reachable.' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = ERRORS[code].status;
  }
}

export const notFound = (what: string, id: string | number) => new AppError('not_found', `${what} ${id} was not found.`);
export const forbidden = (message = 'You do not have permission to do this.') => new AppError('forbidden', message);
export const conflict = (message: string, details?: unknown) => new AppError('conflict', message, details);
export const unprocessable = (message: string, details?: unknown) => new AppError('unprocessable', message, details);
