import type { NextFunction, Request, Response, Router } from 'express';
import type { z } from 'zod';
import type { WebUser } from '../auth/queries';
import type { Actor, Role } from '../auth/roles';
import { NotFound } from '../errors';
import { render } from './views';

export interface PageContext {
  user: WebUser;
  /** The user as the domain commands know it (audit rows carry its id, role and request id). */
  actor: Actor;
}

/**
 * A page is declared as data, like the API's routes: method, path, the roles that may open it,
 * and its handler. One declaration drives the access check (not signed in → the sign-in page;
 * another role → 403) and the page-access test, which walks every page for every role.
 */
export interface Page {
  method: 'get' | 'post';
  path: string;
  roles: readonly Role[];
  /** Of the provider role, only its organisation's administrators (users.provider_admin) may open it. */
  providerAdminOnly?: boolean;
  handler(req: Request, res: Response, ctx: PageContext): Promise<void>;
}

export function definePage(page: Page): Page {
  return page;
}

/** A path to come back to after signing in: only one of our own, never another site. */
export function safeReturnPath(value: unknown): string | undefined {
  return typeof value === 'string' && /^\/(?![/\\])[\x21-\x7e]*$/.test(value) ? value : undefined;
}

/** Where a user sets up a second factor; the only page open to one whose role requires it and who has none. */
export const TWO_FACTOR_PATH = '/account/two-factor';

export function mountPages(router: Router, pages: readonly Page[]): void {
  for (const page of pages) {
    router[page.method](page.path, async (req: Request, res: Response, next: NextFunction) => {
      try {
        const user = res.locals.user as WebUser | undefined;
        if (!user) {
          const back = req.method === 'GET' ? `?next=${encodeURIComponent(req.originalUrl)}` : '';
          return res.redirect(303, `/sign-in${back}`);
        }
        if (req.session.mustEnrol && !user.totpEnabled && page.path !== TWO_FACTOR_PATH) {
          return res.redirect(303, TWO_FACTOR_PATH);
        }
        if (
          !page.roles.includes(user.role) ||
          (page.providerAdminOnly && user.role === 'provider' && !user.providerAdmin)
        ) {
          return render(res, 'pages/forbidden.njk', {}, 403);
        }
        const actor: Actor = {
          userId: user.id,
          role: user.role,
          providerId: user.providerId,
          providerAdmin: user.providerAdmin,
          requestId: String(req.id ?? ''),
        };
        await page.handler(req, res, { user, actor });
      } catch (err) {
        next(err);
      }
    });
  }
}

/** Parses route params with the API's schema; anything that does not parse is a page that does not exist. */
export function paramsOr404<S extends z.ZodType>(schema: S, params: unknown): z.output<S> {
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw new NotFound('page-not-found', 'No such page.');
  return parsed.data;
}
