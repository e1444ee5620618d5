import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { DomainError, Invalid, type FieldIssue } from '../errors';
import { MAX_JSON_DEPTH } from './json-depth';

/** RFC 9457 problem details; `type` URIs are relative to the service's own documentation. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId?: string;
  errors?: FieldIssue[];
  [extension: string]: unknown;
}

const STATUS_OF: Record<DomainError['kind'], number> = {
  invalid: 400,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  unprocessable: 422,
  unavailable: 503,
};

/** The HTTP status of a domain error: the one place a kind of error meets a status code. */
export function statusOf(err: DomainError): number {
  return STATUS_OF[err.kind];
}

const TITLE_OF: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorised',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable request',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export type ProblemInput = Partial<Pick<Problem, 'title'>> & {
  type: string;
  status: number;
  detail: string;
  requestId?: string;
  errors?: FieldIssue[];
  [extension: string]: unknown;
};

export function sendProblem(res: Response, problem: ProblemInput): void {
  const body: Problem = { title: TITLE_OF[problem.status] ?? 'Error', ...problem };
  res.status(problem.status).type('application/problem+json').send(JSON.stringify(body));
}

export function problemType(code: string): string {
  return `/problems/${code}`;
}

export const notFoundHandler: RequestHandler = (req, res) => {
  sendProblem(res, {
    type: problemType('route-not-found'),
    status: 404,
    detail: `No route ${req.method} ${req.path}`,
    requestId: String(req.id ?? ''),
  });
};

/** The one place errors become responses. No stack trace or SQL reaches a client. */
export function errorHandler(options: { production: boolean }): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) return next(err);
    const requestId = String(req.id ?? '');
    if (err instanceof DomainError) {
      return sendProblem(res, {
        type: problemType(err.code),
        status: statusOf(err),
        detail: err.message,
        requestId,
        ...(err instanceof Invalid ? { errors: err.errors } : {}),
        ...err.extra,
      });
    }
    const bodyParserStatus = bodyParserError(err);
    if (bodyParserStatus) return sendProblem(res, { ...bodyParserStatus, requestId });
    req.log?.error({ err }, 'unhandled error');
    sendProblem(res, {
      type: problemType('internal-error'),
      status: 500,
      detail: options.production
        ? `Something went wrong on our side. Quote request id ${requestId} when reporting it.`
        : `Unhandled error (${err instanceof Error ? err.name : 'unknown'}); see the server log for request ${requestId}.`,
      requestId,
    });
  };
}

function bodyParserError(err: unknown): ProblemInput | undefined {
  const e = err as { type?: string; status?: unknown; limit?: unknown } | null;
  const type = e?.type;
  if (type === 'entity.parse.failed') {
    return {
      type: problemType('malformed-json'),
      status: 400,
      detail: 'The request body is not valid JSON.',
      errors: [{ path: 'body', message: 'must be a JSON object or array' }],
    };
  }
  if (type === 'entity.too.deep') {
    return {
      type: problemType('json-too-deep'),
      status: 400,
      detail: `The request body nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep.`,
      errors: [{ path: 'body', message: `must not nest more than ${MAX_JSON_DEPTH} levels deep` }],
    };
  }
  if (type === 'entity.too.large') {
    const kB = typeof e?.limit === 'number' ? Math.floor(e.limit / 1024) : 100;
    return {
      type: problemType('body-too-large'),
      status: 413,
      detail: `The request body is larger than ${kB} kB.`,
    };
  }
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return { type: problemType('unsupported-encoding'), status: 415, detail: 'Unsupported body encoding.' };
  }
  // Express's own refusals (a path that is not valid percent-encoding, a body that does not inflate
  // or is cut short) carry a 4xx status: they are the client's mistake, not a 500.
  if (err instanceof URIError) {
    return {
      type: problemType('malformed-path'),
      status: 400,
      detail: 'The request path is not valid percent-encoding.',
      errors: [{ path: 'params', message: 'not valid percent-encoding' }],
    };
  }
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    return {
      type: problemType('unreadable-body'),
      status: e.status,
      detail: 'The request body could not be read.',
      ...(e.status === 400
        ? { errors: [{ path: 'body', message: 'could not be read (compression or length)' }] }
        : {}),
    };
  }
  return undefined;
}
