import { USER_ROLES } from '../../auth/roles';
import type { Services } from '../../services';
import { confirmEnrolment, newEnrolment } from '../../users/totp';
import { text, type FormBody } from '../forms';
import { definePage, TWO_FACTOR_PATH } from '../page';
import { homeFor } from '../navigation';
import { redirectWithFlash, render } from '../views';

/**
 * /account/two-factor: setting up a second factor. The new secret is shown as text and as an otpauth
 * URI (no QR code: nothing is drawn from an outside service), kept in the session until a code from it
 * confirms it; from then on, signing in with a password asks for a code.
 */
export function twoFactorPages({ db, clock }: Services) {
  return [
    definePage({
      method: 'get',
      path: TWO_FACTOR_PATH,
      roles: USER_ROLES,
      async handler(req, res, { user }) {
        if (user.totpEnabled)
          return render(res, 'pages/account/two-factor.njk', { enabled: true, errors: {} });
        req.session.totpEnrolment ??= newEnrolment(user.email ?? user.name);
        render(res, 'pages/account/two-factor.njk', {
          enrolment: req.session.totpEnrolment,
          required: req.session.mustEnrol === true,
          errors: {},
        });
      },
    }),
    definePage({
      method: 'post',
      path: TWO_FACTOR_PATH,
      roles: USER_ROLES,
      async handler(req, res, { user, actor }) {
        const enrolment = req.session.totpEnrolment;
        if (user.totpEnabled || !enrolment) return res.redirect(303, TWO_FACTOR_PATH);
        const code = text(req.body as FormBody, 'code').replace(/\s/g, '');
        const ctx = { db, actor, now: clock.now() };
        if (!(await confirmEnrolment(ctx, { userId: user.id, secret: enrolment.secret, code }))) {
          const errors = { code: 'Enter the 6-digit code your authenticator app shows now' };
          const page = { enrolment, required: req.session.mustEnrol === true, errors };
          return render(
            res,
            'pages/account/two-factor.njk',
            { ...page, errorList: [{ text: errors.code, href: '#code' }] },
            400,
          );
        }
        delete req.session.totpEnrolment;
        delete req.session.mustEnrol;
        await redirectWithFlash(
          res,
          homeFor(user.role),
          'Second factor set up',
          'Signing in will now ask for a code.',
        );
      },
    }),
  ];
}
