import type { Router } from 'express';
import { z } from 'zod';
import { failureDeps } from '../../auth/failures';
import { findUserByEmail } from '../../auth/queries';
import { recordFailedSignIn, recordLockOut } from '../../users/queries';
import type { Services } from '../../services';
import { check, text, type FormBody } from '../forms';
import { safeReturnPath } from '../page';
import { passwordMatches } from './passwords';
import { afterPassword, mountSecondFactor } from './second-factor';
import { accountStanding, countFailedSignIn, type SignInLimits } from './throttle';
import type { ShowSignIn } from './view';

const ACCOUNT_LOCKED =
  'There have been too many failed attempts to sign in to this account. Wait 15 minutes, then try again.';
const ADDRESS_REFUSED =
  'There have been too many failed attempts to sign in from your network. Wait 15 minutes, then try again.';
const USE_COUNCIL_ACCOUNT =
  'Sign in with your council account: this account does not sign in with a password';

const SignInForm = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter your email address')
    .pipe(z.email('Enter an email address in the correct format, like name@example.com')),
  password: z.string().min(1, 'Enter your password'),
  next: z.string().optional(),
});

/**
 * POST /sign-in: an email and password. Each account is slowed, then locked, after failures to it;
 * a wrong password also counts against the address (src/auth/throttle.ts), the right one never is
 * refused for it. Roles outside PASSWORD_SIGN_IN_ROLES are told to use their council account (only
 * once the password is right, so the page does not reveal which emails have accounts).
 */
export function mountPasswordSignIn(router: Router, services: Services, show: ShowSignIn): void {
  const { db, config } = services;
  const deps = failureDeps(services);
  const limits: SignInLimits = {
    address: {
      failuresBeforeDelay: config.authFailuresBeforeDelay,
      failuresBeforeBlock: config.authFailuresBeforeBlock,
    },
    failuresBeforeDelay: config.web.signInFailuresBeforeDelay,
    failuresBeforeLock: config.web.signInFailuresBeforeLock,
  };

  router.post('/sign-in', async (req, res) => {
    const body = req.body as FormBody;
    const values = { email: text(body, 'email'), next: safeReturnPath(text(body, 'next')) };
    const form = check(SignInForm, {
      email: values.email,
      password: text(body, 'password'),
      next: values.next,
    });
    if (!form.ok) return show(res, { values, errors: form.errors, status: 400 });
    if ((await accountStanding(deps, form.data.email, limits)).blocked) {
      await recordLockOut(db, form.data.email, services.clock.now());
      return show(res, { values, errors: { email: ACCOUNT_LOCKED }, status: 429 });
    }
    const user = await findUserByEmail(db, form.data.email);
    if (!user || !(await passwordMatches(form.data.password, user.passwordHash))) {
      if (user) await recordFailedSignIn(db, form.data.email, services.clock.now());
      const counted = await countFailedSignIn(deps, req, form.data.email, limits);
      if (counted.refused) {
        res.set('Retry-After', String(counted.retryAfterSeconds));
        return show(res, { values, errors: { email: ADDRESS_REFUSED }, status: 429 });
      }
      // One message whichever was wrong, so the page does not reveal which emails have accounts.
      return show(res, {
        values,
        errors: { email: 'Enter a correct email address and password' },
        status: 401,
      });
    }
    if (!config.web.passwordSignInRoles.includes(user.role)) {
      return show(res, { values, errors: { email: USE_COUNCIL_ACCOUNT }, status: 403 });
    }
    await afterPassword(services, { req, res, user, next: values.next });
  });
  mountSecondFactor(router, services, limits);
}
