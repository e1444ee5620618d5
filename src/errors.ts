/**
 * Typed errors thrown by domain code. Services never choose status codes: only the HTTP layer
 * knows them (src/http/problem.ts maps each kind to its status and an RFC 9457 problem document;
 * the web pages use the same mapping). `code` is a stable, machine-readable id
 * (e.g. 'package-not-brokering') that clients can rely on.
 */
export interface FieldIssue {
  /** Dotted path of the failing field, e.g. 'query.lat' or 'body.rates.urban'. */
  path: string;
  message: string;
}

export abstract class DomainError extends Error {
  abstract readonly kind:
    'not-found' | 'conflict' | 'invalid' | 'forbidden' | 'unprocessable' | 'unavailable';
  constructor(
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export class NotFound extends DomainError {
  readonly kind = 'not-found';
}

export class Conflict extends DomainError {
  readonly kind = 'conflict';
}

export class Forbidden extends DomainError {
  readonly kind = 'forbidden';
}

/** The request was well-formed but the domain refuses it, e.g. a prime in the rural free zone. */
export class Unprocessable extends DomainError {
  readonly kind = 'unprocessable';
}

/** A dependency (the database) is down. */
export class Unavailable extends DomainError {
  readonly kind = 'unavailable';
}

/** Input that fails validation, with the failing fields. */
export class Invalid extends DomainError {
  readonly kind = 'invalid';
  constructor(
    message: string,
    readonly errors: FieldIssue[],
    code = 'invalid-request',
  ) {
    super(code, message);
  }
}
