import type { ErrorRequestHandler, RequestHandler } from 'express';
import { DomainError } from '../errors';
import { statusOf } from '../http/problem';
import type { Logger } from '../logger';
import { isCsrfError } from './session/csrf';
import { render } from './views';

/** Any path under the pages' prefixes that no page answers. */
export const pageNotFound: RequestHandler = (_req, res) => {
  render(res, 'pages/not-found.njk', {}, 404);
};

/**
 * Errors on pages become pages, never problem+json: a domain refusal shows its message (a 409
 * "it is already awarded" is something an officer can act on); a missing or other provider's
 * record is "Page not found"; an expired form token asks the user to go back and try again.
 * Anything unexpected is logged and shown as "Sorry, there is a problem" with the request id.
 */
export function pageErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) return next(err);
    if (isCsrfError(err)) return render(res, 'pages/form-expired.njk', {}, 403);
    if (err instanceof DomainError) {
      const status = statusOf(err);
      if (status === 404) return render(res, 'pages/not-found.njk', {}, 404);
      return render(res, 'pages/refused.njk', { message: err.message, status }, status);
    }
    const status = (err as { status?: unknown } | null)?.status;
    if (status === 413 || status === 400) {
      return render(
        res,
        'pages/refused.njk',
        { message: 'The form could not be read. Go back and try again.' },
        status,
      );
    }
    (req.log ?? logger).error({ err }, 'unhandled error on a page');
    render(res, 'pages/problem.njk', { requestId: String(req.id ?? '') }, 500);
  };
}
