/** The message cannot become a ticket and goes to quarantine; `reason` says why, for the person who looks at it. */
export class MalformedEmailError extends Error {
  readonly reason: string;

  constructor(reason: string, options?: { cause?: unknown }) {
    super(`Malformed e-mail: ${reason}`, options);
    this.name = 'MalformedEmailError';
    this.reason = reason;
  }
}
