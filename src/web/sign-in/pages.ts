import type { Router } from 'express';
import type { WebUser } from '../../auth/queries';
import type { Services } from '../../services';
import { homeFor } from '../navigation';
import { safeReturnPath } from '../page';
import { SESSION_COOKIE } from '../session/session';
import { oidcClient, type OidcClient } from './oidc-client';
import { mountOidcSignIn } from './oidc-pages';
import { mountPasswordSignIn } from './password';
import { mountPasswordLinks } from '../account/password-links';
import { signInView } from './view';

/** GET /, the sign-in pages (password, and the council account when configured) and sign-out: open without signing in. */
export function mountSignIn(router: Router, services: Services): void {
  const { config } = services;
  const show = signInView(config);
  const oidc = config.web.oidc ? oidcClient(config.web.oidc) : undefined;

  router.get('/', (_req, res) => {
    const user = res.locals.user as WebUser | undefined;
    res.redirect(303, user ? homeFor(user.role) : '/sign-in');
  });

  router.get('/sign-in', (req, res) => {
    const user = res.locals.user as WebUser | undefined;
    if (user) return res.redirect(303, homeFor(user.role));
    show(res, {
      values: { next: safeReturnPath(req.query.next) },
      signedOut: req.query['signed-out'] !== undefined,
    });
  });

  mountPasswordSignIn(router, services, show);
  mountPasswordLinks(router, services);
  if (oidc) mountOidcSignIn(router, services, oidc);
  mountSignOut(router, oidc);
}

/**
 * Ends the local session; after a single sign-on, also sends the browser to the provider's
 * end_session_endpoint (when it has one), which comes back to the sign-in page.
 */
function mountSignOut(router: Router, oidc: OidcClient | undefined): void {
  router.post('/sign-out', async (req, res) => {
    const idToken = req.session.idToken;
    const endSession = oidc && idToken ? await oidc.endSessionUrl(idToken).catch(() => undefined) : undefined;
    await new Promise<void>((resolve, reject) =>
      req.session.destroy((err) => (err ? reject(err) : resolve())),
    );
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.redirect(303, endSession ?? '/sign-in?signed-out');
  });
}
