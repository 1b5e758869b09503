export type ErrorKind = 'not_found' | 'conflict' | 'invalid' | 'forbidden';

/** Thrown by services for expected failures; the problem filter maps `kind` to an HTTP status. */
export class DomainError extends Error {
  constructor(
    /** Stable, dotted, e.g. `campaign.not_found`: clients may switch on it. */
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}
