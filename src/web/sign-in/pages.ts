import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { findUserByEmail, type WebUser } from '../../auth/queries';
import type { Services } from '../../services';
import { check, errorList, text, type FieldErrors, type FormBody } from '../forms';
import { homeFor } from '../navigation';
import { safeReturnPath } from '../page';
import { SESSION_COOKIE } from '../session/session';
import { render } from '../views';
import { passwordMatches } from './passwords';
import { accountStanding, countFailedSignIn, type SignInLimits } from './throttle';
import { failureDeps } from '../../auth/failures';

const ACCOUNT_LOCKED =
  'There have been too many failed attempts to sign in to this account. Wait 15 minutes, then try again.';
const ADDRESS_REFUSED =
  'There have been too many failed attempts to sign in from your network. Wait 15 minutes, then try again.';

const SignInForm = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter your email address')
    .pipe(z.email('Enter an email address in the correct format, like name@example.com')),
  password: z.string().min(1, 'Enter your password'),
  next: z.string().optional(),
});

function renderSignIn(
  res: Response,
  values: { email?: string; next?: string },
  errors: FieldErrors,
  status = 200,
) {
  render(res, 'pages/sign-in.njk', { values, errors, errorList: errorList(errors) }, status);
}

/** Starts a fresh session for the user (a new id: no session fixation), then saves it before redirecting. */
function signIn(req: Request, user: WebUser): Promise<void> {
  return new Promise((resolve, reject) => {
    req.session.regenerate((err) => {
      if (err) return reject(err);
      req.session.userId = user.id;
      req.session.save((saveErr) => (saveErr ? reject(saveErr) : resolve()));
    });
  });
}

/** GET / and the sign-in and sign-out pages: the only pages open without signing in. */
export function mountSignIn(router: Router, services: Services): void {
  const { db, config } = services;
  router.get('/', (_req, res) => {
    const user = res.locals.user as WebUser | undefined;
    res.redirect(303, user ? homeFor(user.role) : '/sign-in');
  });

  router.get('/sign-in', (req, res) => {
    const user = res.locals.user as WebUser | undefined;
    if (user) return res.redirect(303, homeFor(user.role));
    render(res, 'pages/sign-in.njk', {
      values: { next: safeReturnPath(req.query.next) },
      errors: {},
      signedOut: req.query['signed-out'] !== undefined,
    });
  });

  const deps = failureDeps(services);
  const limits: SignInLimits = {
    address: {
      failuresBeforeDelay: config.authFailuresBeforeDelay,
      failuresBeforeBlock: config.authFailuresBeforeBlock,
    },
    failuresBeforeDelay: config.web.signInFailuresBeforeDelay,
    failuresBeforeLock: config.web.signInFailuresBeforeLock,
  };

  router.post('/sign-in', async (req, res, next) => {
    try {
      const body = req.body as FormBody;
      const values = { email: text(body, 'email'), next: safeReturnPath(text(body, 'next')) };
      const form = check(SignInForm, {
        email: values.email,
        password: text(body, 'password'),
        next: values.next,
      });
      if (!form.ok) return renderSignIn(res, values, form.errors, 400);
      if ((await accountStanding(deps, form.data.email, limits)).blocked) {
        return renderSignIn(res, values, { email: ACCOUNT_LOCKED }, 429);
      }
      const user = await findUserByEmail(db, form.data.email);
      if (!user || !(await passwordMatches(form.data.password, user.passwordHash))) {
        const counted = await countFailedSignIn(deps, req, form.data.email, limits);
        if (counted.refused) {
          res.set('Retry-After', String(counted.retryAfterSeconds));
          return renderSignIn(res, values, { email: ADDRESS_REFUSED }, 429);
        }
        // One message whichever was wrong, so the page does not reveal which emails have accounts.
        return renderSignIn(res, values, { email: 'Enter a correct email address and password' }, 401);
      }
      await signIn(req, user);
      res.redirect(303, values.next ?? homeFor(user.role));
    } catch (err) {
      next(err);
    }
  });

  router.post('/sign-out', (req, res, next) => {
    req.session.destroy((err) => {
      if (err) return next(err);
      res.clearCookie(SESSION_COOKIE, { path: '/' });
      res.redirect(303, '/sign-in?signed-out');
    });
  });
}
