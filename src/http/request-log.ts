import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from '../logger';

declare module 'node:http' {
  interface IncomingMessage {
    /** This request's id (the client's X-Request-Id when well-formed), set by the request log. */
    id?: string;
    /** A logger whose lines carry this request's id, method and path; made on first use. */
    log?: Logger;
  }
}

const CLIENT_REQUEST_ID = /^[A-Za-z0-9._-]{1,80}$/;

/**
 * One JSON line per request: request id, user id, route, status and duration.
 * The query string is left out (it can carry a postcode) and so are bodies and headers.
 *
 * The line is the one pino-http wrote (the same keys in the same order, at level info, "request
 * completed", or "request failed" with the error for a 5xx); it is written here directly because
 * pino-http made a child logger per request and ran its serializers on every request, costing an
 * intake more than anything else in the middleware (docs/BENCHMARKS.md "Intake: per-request work").
 */
export function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = Date.now();
    const id = requestIdFor(req, res);
    req.id = id;
    const fields = { id, method: req.method, path: (req.originalUrl || req.url).split('?')[0] };
    let log: Logger | undefined;
    Object.defineProperty(req, 'log', {
      configurable: true,
      enumerable: true,
      get: () => (log ??= logger.child({ req: fields })),
    });
    const complete = (err?: Error) => {
      res.removeListener('close', complete);
      res.removeListener('finish', complete);
      res.removeListener('error', complete);
      const responseTime = Date.now() - started;
      const status = { statusCode: res.statusCode };
      if (err || res.statusCode >= 500) {
        const error = err ?? new Error(`failed with status code ${res.statusCode}`);
        const line = { req: fields, res: status, err: error, responseTime, ...routeAndUser(req, res) };
        logger.info(line, 'request failed');
      } else {
        logger.info(
          { req: fields, res: status, responseTime, ...routeAndUser(req, res) },
          'request completed',
        );
      }
    };
    res.on('close', complete);
    res.on('finish', complete);
    res.on('error', complete);
    next();
  };
}

function requestIdFor(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && CLIENT_REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

function routeAndUser(req: Request, res: Response) {
  const route = req.route as { path?: string } | undefined;
  const actor = res.locals.actor as { userId?: number | null } | undefined;
  return { route: route?.path ?? null, userId: actor?.userId ?? null };
}
