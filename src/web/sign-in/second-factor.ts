import type { Request, Response, Router } from 'express';
import { failureDeps } from '../../auth/failures';
import type { WebUser } from '../../auth/queries';
import type { Services } from '../../services';
import { checkSignInCode } from '../../users/totp';
import { recordSignIn } from '../../users/queries';
import { text, type FormBody } from '../forms';
import { homeFor } from '../navigation';
import { TWO_FACTOR_PATH } from '../page';
import { render } from '../views';
import { saveSession } from '../session/session';
import { startSession } from './session';
import { accountStanding, countFailedSignIn, type SignInLimits } from './throttle';

/** The code must follow the password within this long. */
const CODE_WITHIN_MS = 5 * 60 * 1000;

/**
 * After the right password: a user with a second factor is asked for its code (/sign-in/code) before
 * the session starts; one whose role requires a second factor and has none is signed in but sent to set
 * one up before any other page (TOTP_REQUIRED_ROLES).
 */
export async function afterPassword(
  services: Services,
  { req, res, user, next }: { req: Request; res: Response; user: WebUser; next: string | undefined },
): Promise<void> {
  const now = services.clock.now();
  if (user.totpEnabled) {
    req.session.secondFactor = { userId: user.id, at: now, ...(next ? { next } : {}) };
    await saveSession(req);
    return res.redirect(303, '/sign-in/code');
  }
  const mustEnrol = services.config.web.totpRequiredRoles.includes(user.role);
  await startSession(req, { userId: user.id, at: now, mustEnrol });
  await recordSignIn(services.db, user.id, now);
  res.redirect(303, mustEnrol ? TWO_FACTOR_PATH : (next ?? homeFor(user.role)));
}

/** GET and POST /sign-in/code: the second factor's code. A wrong code counts as a failed sign-in. */
export function mountSecondFactor(router: Router, services: Services, limits: SignInLimits): void {
  const { db, clock } = services;
  const deps = failureDeps(services);
  const pending = (req: Request) => {
    const p = req.session.secondFactor;
    return p && clock.now() - p.at < CODE_WITHIN_MS ? p : undefined;
  };

  router.get('/sign-in/code', (req, res) => {
    if (!pending(req)) return res.redirect(303, '/sign-in');
    render(res, 'pages/account/sign-in-code.njk', { errors: {} });
  });

  router.post('/sign-in/code', async (req, res) => {
    const waiting = pending(req);
    if (!waiting) return res.redirect(303, '/sign-in');
    const user = await db('users')
      .where({ id: waiting.userId })
      .whereNull('disabled_at')
      .first('email', 'role');
    const key = String(user?.email ?? waiting.userId);
    if (!user || (await accountStanding(deps, key, limits)).blocked) return res.redirect(303, '/sign-in');
    const code = text(req.body as FormBody, 'code');
    if (!(await checkSignInCode(db, { userId: waiting.userId, code, now: clock.now() }))) {
      await countFailedSignIn(deps, req, key, limits);
      const errors = { code: 'Enter the 6-digit code your authenticator app shows now' };
      return render(
        res,
        'pages/account/sign-in-code.njk',
        { errors, errorList: [{ text: errors.code, href: '#code' }] },
        401,
      );
    }
    await startSession(req, { userId: waiting.userId, at: clock.now() });
    await recordSignIn(db, waiting.userId, clock.now());
    res.redirect(303, waiting.next ?? homeFor(user.role));
  });
}
