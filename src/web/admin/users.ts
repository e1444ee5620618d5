import { IdParams } from '../../http/params';
import { NotFound } from '../../errors';
import type { Services } from '../../services';
import { changeAccount, type AccountChange } from '../../users/commands';
import { findAccount, listAccounts, providerNames } from '../../users/queries';
import { endSessions } from '../../users/sessions';
import { text, type FormBody } from '../forms';
import { definePage, paramsOr404 } from '../page';
import { redirectWithFlash, render } from '../views';
import { showInviteForm, submitInvitation, type InviteScope } from './user-forms';
import { USER_ROLES, type Role } from '../../auth/roles';

/** The change one of the user page's buttons asks for (each button posts one `change`). */
export function changeFromForm(body: FormBody): AccountChange | undefined {
  const change = text(body, 'change');
  if (change === 'deactivate') return { active: false };
  if (change === 'reactivate') return { active: true };
  if (change === 'make-provider-admin') return { providerAdmin: true };
  if (change === 'remove-provider-admin') return { providerAdmin: false };
  const role = text(body, 'role');
  if (change === 'role' && (USER_ROLES as readonly string[]).includes(role)) return { role: role as Role };
  return undefined;
}

/**
 * /admin/users: every user with their role, organisation, how they sign in and their sign-in
 * history; inviting a user; and on a user's page changing the role, the provider-administrator flag,
 * deactivating or reactivating, ending their sessions, and their API tokens (/admin/users/:id/tokens).
 */
export function userAdminPages(services: Services) {
  const { db, clock } = services;
  const scope = async (): Promise<InviteScope> => ({
    base: '/admin/users',
    providers: await providerNames(db),
  });
  const accountOr404 = async (id: number) => {
    const account = await findAccount(db, id);
    if (!account) throw new NotFound('user-not-found', 'No such user.');
    return account;
  };
  return [
    definePage({
      method: 'get',
      path: '/admin/users',
      roles: ['admin'],
      async handler(_req, res) {
        render(res, 'pages/users/list.njk', { base: '/admin/users', users: await listAccounts(db) });
      },
    }),
    definePage({
      method: 'get',
      path: '/admin/users/invite',
      roles: ['admin'],
      async handler(_req, res) {
        showInviteForm(res, await scope(), { values: {} });
      },
    }),
    definePage({
      method: 'post',
      path: '/admin/users/invite',
      roles: ['admin'],
      async handler(req, res, ctx) {
        await submitInvitation(services, { req, res, ctx, scope: await scope() });
      },
    }),
    definePage({
      method: 'get',
      path: '/admin/users/:id',
      roles: ['admin'],
      async handler(req, res, { user }) {
        const { id } = paramsOr404(IdParams, req.params);
        const subject = await accountOr404(id);
        render(res, 'pages/users/user.njk', {
          base: '/admin/users',
          subject,
          own: subject.id === user.id,
          roles: USER_ROLES,
        });
      },
    }),
    definePage({
      method: 'post',
      path: '/admin/users/:id',
      roles: ['admin'],
      async handler(req, res, { actor }) {
        const { id } = paramsOr404(IdParams, req.params);
        await accountOr404(id);
        const change = changeFromForm(req.body as FormBody);
        if (change) await changeAccount({ db, actor, now: clock.now() }, { userId: id, change });
        await redirectWithFlash(res, `/admin/users/${id}`, change ? 'User changed' : 'Nothing changed');
      },
    }),
    definePage({
      method: 'post',
      path: '/admin/users/:id/sessions/end',
      roles: ['admin'],
      async handler(req, res, { actor }) {
        const { id } = paramsOr404(IdParams, req.params);
        await accountOr404(id);
        const ended = await endSessions({ db, actor, now: clock.now() }, { userId: id });
        await redirectWithFlash(
          res,
          `/admin/users/${id}`,
          `${ended} ${ended === 1 ? 'session' : 'sessions'} ended`,
        );
      },
    }),
  ];
}
