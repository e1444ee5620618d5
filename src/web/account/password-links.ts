import type { Request, Router } from 'express';
import { z } from 'zod';
import { SYSTEM_ACTOR } from '../../auth/roles';
import type { Services } from '../../services';
import { findLiveLink } from '../../users/links';
import { requestPasswordReset, setPasswordFromLink } from '../../users/password-links';
import { check, text, type FormBody } from '../forms';
import { hashPassword, NewPasswordSchema } from '../sign-in/passwords';
import { redirectWithFlash, render, renderForm } from '../views';

const ForgotForm = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter your email address')
    .pipe(z.email('Enter an email address in the correct format, like name@example.com')),
});

const NewPasswordForm = z
  .object({ password: NewPasswordSchema, confirm: z.string() })
  .refine((f) => f.password === f.confirm, { message: 'The passwords do not match', path: ['confirm'] });

/** The anonymous request, as the audit trail records it: the service acting, with the request id. */
const anonymous = (req: Request) => ({ ...SYSTEM_ACTOR, requestId: String(req.id ?? '') });

/**
 * "Forgot your password?" (/sign-in/forgot) and the page an emailed link opens to choose a password
 * (/account/password?token=…, for an invitation or a reset). Open without signing in. The forgot form
 * answers the same whether or not the address has an account.
 */
export function mountPasswordLinks(router: Router, services: Services): void {
  const { db, clock, config } = services;

  router.get('/sign-in/forgot', (_req, res) => {
    render(res, 'pages/account/forgot.njk', { values: {}, errors: {} });
  });

  router.post('/sign-in/forgot', async (req, res) => {
    const email = text(req.body as FormBody, 'email');
    const form = check(ForgotForm, { email });
    if (!form.ok) return renderForm(res, 'pages/account/forgot.njk', { values: { email } }, form);
    await requestPasswordReset(
      { db, actor: anonymous(req), now: clock.now() },
      {
        email: form.data.email,
        resetMinutes: config.web.passwordResetMinutes,
        passwordSignInRoles: config.web.passwordSignInRoles,
      },
    );
    render(res, 'pages/account/forgot-sent.njk', { email: form.data.email });
  });

  router.get('/account/password', async (req, res) => {
    const token = typeof req.query.token === 'string' ? req.query.token : '';
    const link = await findLiveLink(db, token, clock.now());
    if (!link) return render(res, 'pages/account/link-invalid.njk', {}, 404);
    render(res, 'pages/account/set-password.njk', {
      token,
      invitation: link.purpose === 'invitation',
      errors: {},
    });
  });

  router.post('/account/password', async (req, res) => {
    const body = req.body as FormBody;
    const token = text(body, 'token');
    const link = await findLiveLink(db, token, clock.now());
    if (!link) return render(res, 'pages/account/link-invalid.njk', {}, 404);
    const form = check(NewPasswordForm, { password: text(body, 'password'), confirm: text(body, 'confirm') });
    const invitation = link.purpose === 'invitation';
    if (!form.ok) return renderForm(res, 'pages/account/set-password.njk', { token, invitation }, form);
    const ctx = { db, actor: anonymous(req), now: clock.now() };
    await setPasswordFromLink(ctx, { token, passwordHash: await hashPassword(form.data.password) });
    await redirectWithFlash(
      res,
      '/sign-in',
      'Your password has been set',
      'Sign in with your email address and new password.',
    );
  });
}
