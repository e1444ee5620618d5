import express, {
  type Express,
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import type { Actor } from '../auth/roles';
import { sendProblem, problemType } from './problem';
import { isReply, requestIdOf, successStatus, type AnyRoute, type RouteInput } from './route';
import { refuseDeepJson } from './json-depth';
import { parsePart, strictQuery } from './validate';

export type ResolveActor = (req: Request) => Promise<Actor | undefined>;

/** How the routes learn who is calling, and what happens when the credentials presented fail. */
export interface RouteAuthentication {
  resolveActor: ResolveActor;
  /** Called when no actor resolved; true when it has answered (a 429), false to answer 401. */
  answerFailure(req: Request, res: Response): Promise<boolean>;
}

const DEFAULT_BODY_LIMIT = '100kb';

/**
 * Mounts declared routes on the app. Per route: the access rule is checked first (no credentials
 * → 401, wrong role → 403), then the body is read (so an anonymous caller cannot make us parse
 * a large body), then params, query and body are parsed with the route's zod schemas.
 * Ownership (a provider asking for another provider's resource) is checked by the handler's
 * scoped queries, which answer 404.
 */
export function mountRoutes(
  app: Express,
  routes: readonly AnyRoute[],
  authentication: RouteAuthentication,
): void {
  for (const route of routes) {
    const handlers: RequestHandler[] = [authorize(route, authentication)];
    if (route.request.body) handlers.push(...bodyReaders(route));
    handlers.push(handle(route));
    app[route.method](route.path, ...handlers);
  }
}

/** JSON by default; a file route reads its media type as text and refuses any other with 415. */
function bodyReaders(route: AnyRoute): RequestHandler[] {
  const limit = route.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const type = route.bodyMediaType;
  if (!type) return [express.json({ limit, verify: refuseDeepJson })];
  const refuseOtherTypes: RequestHandler = (req, res, next) => {
    if (req.is(type)) return next();
    sendProblem(res, {
      type: problemType('unsupported-media-type'),
      status: 415,
      detail: `Send the body as ${type}.`,
      requestId: requestIdOf(req),
    });
  };
  return [refuseOtherTypes, express.text({ type, limit })];
}

function authorize(route: AnyRoute, { resolveActor, answerFailure }: RouteAuthentication): RequestHandler {
  return async (req, res, next) => {
    const requestId = requestIdOf(req);
    if ('public' in route.access) {
      res.locals.actor = { userId: null, role: 'system', providerId: null, requestId } satisfies Actor;
      return next();
    }
    const actor = await resolveActor(req);
    if (!actor) {
      if (await answerFailure(req, res)) return;
      res.setHeader('WWW-Authenticate', 'Bearer');
      return sendProblem(res, {
        type: problemType('unauthenticated'),
        status: 401,
        detail: 'Sign in, or send a valid API token as "Authorization: Bearer <token>".',
        requestId,
      });
    }
    res.locals.actor = actor;
    if (actor.role === 'system' || !route.access.roles.includes(actor.role)) {
      return sendProblem(res, {
        type: problemType('forbidden-role'),
        status: 403,
        detail: `This action is not open to the ${actor.role} role.`,
        requestId,
      });
    }
    next();
  };
}

function handle(route: AnyRoute): RequestHandler {
  const query = strictQuery(route.request.query);
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const input = {
        params: parsePart('params', route.request.params, req.params),
        query: parsePart('query', query, req.query),
        body: parsePart('body', route.request.body, req.body),
      } as RouteInput<typeof route.request>;
      const result = await route.handler(input, {
        actor: res.locals.actor as Actor,
        requestId: requestIdOf(req),
        accepts: (types) => req.accepts(types),
      });
      if (!isReply(result)) {
        res.status(successStatus(route)).json(result);
        return;
      }
      if (result.headers) res.set(result.headers);
      if (result.contentType) res.status(result.status).type(result.contentType).send(result.body);
      else if (result.body === undefined) res.status(result.status).end();
      else res.status(result.status).json(result.body);
    } catch (err) {
      next(err);
    }
  };
}
