import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, Response } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../logger';

const CLIENT_REQUEST_ID = /^[A-Za-z0-9._-]{1,80}$/;

/**
 * One JSON line per request: request id, user id, route, status and duration.
 * The query string is left out (it can carry a postcode) and so are bodies and headers.
 */
export function requestLogger(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && CLIENT_REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    // Added at completion, when the route is matched and the actor known.
    customSuccessObject: (req: IncomingMessage, res: ServerResponse, fields: object) => ({
      ...fields,
      ...routeAndUser(req, res),
    }),
    customErrorObject: (req: IncomingMessage, res: ServerResponse, _err: Error, fields: object) => ({
      ...fields,
      ...routeAndUser(req, res),
    }),
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
  });
}

function routeAndUser(req: IncomingMessage, res: ServerResponse) {
  const route = (req as Request).route as { path?: string } | undefined;
  const actor = (res as Response).locals?.actor as { userId?: number | null } | undefined;
  return { route: route?.path ?? null, userId: actor?.userId ?? null };
}
