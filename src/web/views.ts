import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request, Response } from 'express';
import nunjucks from 'nunjucks';
import { saveSession } from './session/session';
import type { WebUser } from '../auth/queries';
import { errorList, type FieldErrors } from './forms';
import { registerFilters } from './format';
import { navigationFor } from './navigation';
import { generateToken } from './session/csrf';

const require = createRequire(import.meta.url);

/** src/web/views: the layout, partials and one template per page. */
export const VIEWS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'views');

/** node_modules/govuk-frontend/dist: templates are imported as "govuk/components/…/macro.njk". */
export const GOVUK_FRONTEND_DIST = path.resolve(path.dirname(require.resolve('govuk-frontend')), '..');

export type Views = nunjucks.Environment;

/** The nunjucks environment: our views first, then GOV.UK Frontend's; every value autoescaped. */
export function createViews(options: { watch: boolean }): Views {
  const loader = new nunjucks.FileSystemLoader([VIEWS_DIR, GOVUK_FRONTEND_DIST], { noCache: options.watch });
  const env = new nunjucks.Environment(loader, { autoescape: true, throwOnUndefined: false });
  registerFilters(env);
  return env;
}

/** What every page's layout needs: the user and navigation, the form token, the CSP nonce, a flash. */
function layoutLocals(req: Request, res: Response) {
  const user = res.locals.user as WebUser | undefined;
  const flash = req.session?.flash;
  if (flash) delete req.session.flash;
  return {
    user,
    navigation: user ? navigationFor(user.role, req.path) : [],
    // Generated only when a page is rendered, so a redirect never creates a session.
    csrfToken: req.session ? generateToken(req) : undefined,
    cspNonce: res.locals.cspNonce as string,
    flash,
    currentPath: req.originalUrl,
  };
}

/** Renders a page template with the layout's locals. */
export function render(
  res: Response,
  template: string,
  data: Record<string, unknown> = {},
  status = 200,
): void {
  const views = res.locals.views as Views;
  const html = views.render(template, { ...layoutLocals(res.req, res), ...data });
  res.status(status).type('html').send(html);
}

/**
 * A page with a form: its errors beside the fields and in the error summary (each linked to the
 * field's id, `anchors` where it differs from the field's name), answered 400 when there are any.
 */
export function renderForm(
  res: Response,
  template: string,
  data: Record<string, unknown>,
  { errors, anchors = {} }: { errors: FieldErrors; anchors?: Record<string, string> },
): void {
  render(
    res,
    template,
    { ...data, errors, errorList: errorList(errors, anchors) },
    Object.keys(errors).length > 0 ? 400 : 200,
  );
}

/**
 * Sets a one-off message shown at the top of the next page, then redirects there (303: GET after POST)
 * once the session holding it is saved (saveSession says why).
 */
export async function redirectWithFlash(
  res: Response,
  location: string,
  heading: string,
  text?: string,
): Promise<void> {
  res.req.session.flash = { heading, ...(text ? { text } : {}) };
  await saveSession(res.req);
  res.redirect(303, location);
}
