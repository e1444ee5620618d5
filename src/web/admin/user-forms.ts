import type { Response } from 'express';
import { z } from 'zod';
import { USER_ROLES } from '../../auth/roles';
import type { Services } from '../../services';
import { inviteUser, type Invitation } from '../../users/commands';
import { Unprocessable } from '../../errors';
import type { PageContext } from '../page';
import { check, choiceItems, requiredText, text, type FieldErrors, type FormBody } from '../forms';
import { label } from '../labels';
import { redirectWithFlash, renderForm } from '../views';

const InviteForm = z.object({
  name: requiredText('Enter their name').pipe(z.string().max(200, 'Name must be 200 characters or fewer')),
  email: requiredText('Enter their email address').pipe(
    z.email('Enter an email address in the correct format, like name@example.com').max(320),
  ),
  role: z.enum(USER_ROLES, 'Choose a role'),
  providerId: z.string(),
  providerAdmin: z.string(),
});

/** Where the invitation pages live and what they may choose: an admin every role, a provider administrator none. */
export interface InviteScope {
  base: '/admin/users' | '/my/users';
  /** Set for a provider administrator: every invitation is a provider user of this organisation. */
  providerId?: number;
  providers: { id: number; name: string }[];
}

export function showInviteForm(
  res: Response,
  scope: InviteScope,
  page: { values: Record<string, string>; errors?: FieldErrors },
) {
  const { values, errors = {} } = page;
  renderForm(
    res,
    'pages/users/invite.njk',
    {
      base: scope.base,
      values,
      ownOrganisation: scope.providerId !== undefined,
      roleItems: choiceItems(USER_ROLES, values.role, { describe: (r) => label(r) }),
      providerItems: choiceItems(
        scope.providers.map((p) => ({ value: String(p.id), text: p.name })),
        values.providerId,
        { blank: 'Choose the organisation' },
      ),
    },
    { errors },
  );
}

/** Checks the posted invitation and sends it, or shows the form again with what to correct. */
export async function submitInvitation(
  services: Services,
  { req, res, ctx, scope }: { req: { body: unknown }; res: Response; ctx: PageContext; scope: InviteScope },
): Promise<void> {
  const body = req.body as FormBody;
  const values = Object.fromEntries(
    ['name', 'email', 'role', 'providerId', 'providerAdmin'].map((f) => [f, text(body, f)]),
  );
  if (scope.providerId !== undefined)
    Object.assign(values, { role: 'provider', providerId: String(scope.providerId) });
  const form = check(InviteForm, values);
  const errors: FieldErrors = form.ok ? {} : { ...form.errors };
  if (form.ok && form.data.role === 'provider' && !/^\d+$/.test(form.data.providerId)) {
    errors.providerId = 'Choose the organisation';
  }
  if (!form.ok || Object.keys(errors).length > 0) return showInviteForm(res, scope, { values, errors });
  const invitation: Invitation = {
    name: form.data.name,
    email: form.data.email,
    role: form.data.role,
    providerId: form.data.role === 'provider' ? Number(form.data.providerId) : null,
    providerAdmin: form.data.role === 'provider' && form.data.providerAdmin === 'yes',
  };
  try {
    const { db, clock, config } = services;
    await inviteUser({ db, actor: ctx.actor, now: clock.now() }, invitation, config.web);
  } catch (err) {
    if (!(err instanceof Unprocessable)) throw err;
    const field =
      err.code === 'email-taken' ? 'email' : err.code === 'unknown-provider' ? 'providerId' : 'role';
    return showInviteForm(res, scope, { values, errors: { [field]: err.message } });
  }
  await redirectWithFlash(
    res,
    scope.base,
    `Invitation sent to ${invitation.email}`,
    'The link in it works once.',
  );
}
