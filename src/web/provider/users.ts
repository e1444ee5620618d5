import { IdParams } from '../../http/params';
import type { Services } from '../../services';
import { changeAccount } from '../../users/commands';
import { listAccounts } from '../../users/queries';
import { changeFromForm } from '../admin/users';
import { showInviteForm, submitInvitation, type InviteScope } from '../admin/user-forms';
import type { FormBody } from '../forms';
import { definePage, paramsOr404, type PageContext } from '../page';
import { redirectWithFlash, render } from '../views';

/**
 * /my/users: a provider administrator's own organisation's users — inviting a colleague, making or
 * unmaking an administrator, deactivating and reactivating. Another organisation's user is "Page not
 * found" (the command's scope, src/users/scope.ts). Other provider users cannot open these pages.
 */
export function providerUserPages(services: Services) {
  const { db, clock } = services;
  const scope = ({ user }: PageContext): InviteScope => ({
    base: '/my/users',
    providerId: user.providerId!,
    providers: [{ id: user.providerId!, name: user.providerName ?? '' }],
  });
  return [
    definePage({
      method: 'get',
      path: '/my/users',
      roles: ['provider'],
      providerAdminOnly: true,
      async handler(_req, res, { user }) {
        const users = await listAccounts(db, { providerId: user.providerId! });
        render(res, 'pages/users/list.njk', { base: '/my/users', users, organisation: user.providerName });
      },
    }),
    definePage({
      method: 'get',
      path: '/my/users/invite',
      roles: ['provider'],
      providerAdminOnly: true,
      async handler(_req, res, ctx) {
        showInviteForm(res, scope(ctx), { values: {} });
      },
    }),
    definePage({
      method: 'post',
      path: '/my/users/invite',
      roles: ['provider'],
      providerAdminOnly: true,
      async handler(req, res, ctx) {
        await submitInvitation(services, { req, res, ctx, scope: scope(ctx) });
      },
    }),
    definePage({
      method: 'post',
      path: '/my/users/:id',
      roles: ['provider'],
      providerAdminOnly: true,
      async handler(req, res, { actor }) {
        const { id } = paramsOr404(IdParams, req.params);
        const change = changeFromForm(req.body as FormBody) ?? {};
        await changeAccount({ db, actor, now: clock.now() }, { userId: id, change });
        await redirectWithFlash(res, '/my/users', 'User changed');
      },
    }),
  ];
}
