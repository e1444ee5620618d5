import { randomBytes } from 'node:crypto';
import type { RequestHandler } from 'express';

/**
 * Headers for every page (helmet has already set the rest): a content security policy that
 * allows only our own scripts, styles, fonts and images, plus the one inline script of the
 * GOV.UK template by its per-request nonce; forms that post to us alone (and, after single sign-on,
 * sign-out's redirect to the provider: `formTargets`); and no caching, since pages show personal work.
 */
export function pageSecurityHeaders(options: {
  production: boolean;
  formTargets: readonly string[];
}): RequestHandler {
  return (_req, res, next) => {
    const nonce = randomBytes(16).toString('base64');
    res.locals.cspNonce = nonce;
    const directives = [
      "default-src 'self'",
      `script-src 'self' 'nonce-${nonce}'`,
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      ["form-action 'self'", ...options.formTargets].join(' '),
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "object-src 'none'",
      ...(options.production ? ['upgrade-insecure-requests'] : []),
    ];
    res.setHeader('Content-Security-Policy', directives.join('; '));
    res.setHeader('Cache-Control', 'no-store');
    next();
  };
}
