import type { Request, Response, Router } from 'express';
import { staffUserForSignIn } from '../../auth/oidc/staff-user';
import { roleFromClaims } from '../../auth/oidc/role-claim';
import { findActiveUser } from '../../auth/queries';
import type { OidcConfig } from '../../config-sign-in';
import type { Services } from '../../services';
import { homeFor } from '../navigation';
import { safeReturnPath } from '../page';
import { render } from '../views';
import type { CompletedSignIn, OidcClient } from './oidc-client';
import { startSession } from './session';
import { saveSession } from '../session/session';
import { recordSignIn } from '../../users/queries';

/** A sign-in must come back from the provider within this long, or it is started again. */
export const PENDING_SIGN_IN_MS = 10 * 60 * 1000;

function failed(res: Response, message: string, status = 400) {
  render(res, 'pages/sign-in-failed.njk', { message }, status);
}

const PROVIDER_UNREACHABLE =
  'The council sign-in service cannot be reached just now. Try again in a few minutes; if it goes on, tell your IT service desk.';

/**
 * Staff single sign-on (authorisation code flow with PKCE): GET /sign-in/oidc sends the browser to
 * the council's provider; GET /sign-in/oidc/callback takes it back, once: the pending sign-in
 * (state, nonce, PKCE verifier) is in the web session, in the database, and is removed as the
 * callback reads it, so an expired or replayed callback is refused.
 */
export function mountOidcSignIn(router: Router, services: Services, oidc: OidcClient): void {
  const { clock } = services;
  router.get('/sign-in/oidc', async (req, res) => {
    let started: Awaited<ReturnType<OidcClient['start']>>;
    try {
      started = await oidc.start(clock.now(), safeReturnPath(req.query.next));
    } catch (err) {
      // Discovery failed (the provider is down or misconfigured): not the user's fault, and not ours to hide.
      req.log?.error({ err }, 'OpenID Connect provider unreachable');
      return failed(res, PROVIDER_UNREACHABLE, 503);
    }
    const { url, pending } = started;
    req.session.oidc = pending;
    await saveSession(req);
    res.redirect(303, url);
  });

  router.get('/sign-in/oidc/callback', async (req, res) => {
    const pending = req.session.oidc;
    delete req.session.oidc;
    if (!pending || clock.now() - pending.startedAt > PENDING_SIGN_IN_MS) {
      return failed(res, 'This sign-in link has expired or has already been used.');
    }
    if (typeof req.query.error === 'string') {
      return failed(res, 'Your council account did not sign you in to this service.');
    }
    let completed: CompletedSignIn;
    try {
      completed = await oidc.finish(req.originalUrl.split('?')[1] ?? '', pending);
    } catch (err) {
      req.log?.warn({ err }, 'OpenID Connect sign-in refused');
      return failed(res, 'The answer from your council account could not be checked.');
    }
    const user = await staffUser(services, req, completed);
    if (!user) return render(res, 'pages/sign-in-refused.njk', {}, 403);
    await startSession(req, { userId: user.id, idToken: completed.idToken, at: services.clock.now() });
    await recordSignIn(services.db, user.id, services.clock.now());
    res.redirect(303, pending.next ?? homeFor(user.role));
  });
}

/** The mapped role's user, created or updated; undefined when the claim maps to no role. */
async function staffUser(services: Services, req: Request, completed: CompletedSignIn) {
  const oidcConfig = services.config.web.oidc as OidcConfig;
  const role = roleFromClaims(completed.claims, oidcConfig.roleClaim, oidcConfig.roleMap);
  if (!role) return undefined;
  const { claims } = completed;
  const subject = String(claims.sub);
  const name = [claims.name, claims.preferred_username, claims.email].find(
    (v): v is string => typeof v === 'string' && v.trim() !== '',
  );
  const actor = { userId: null, role: 'system' as const, providerId: null, requestId: String(req.id ?? '') };
  const id = await staffUserForSignIn(
    { db: services.db, actor, now: services.clock.now() },
    { issuer: completed.issuer, subject, name: (name ?? `Council user ${subject}`).slice(0, 200), role },
  );
  return findActiveUser(services.db, id);
}
