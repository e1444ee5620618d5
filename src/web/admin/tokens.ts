import { revokeUserTokens } from '../../auth/commands';
import { findUser, liveTokenCount } from '../../auth/queries';
import { NotFound } from '../../errors';
import { IdParams } from '../../http/params';
import type { Services } from '../../services';
import { text, type FormBody } from '../forms';
import { definePage, paramsOr404 } from '../page';
import { redirectWithFlash, render } from '../views';

/**
 * A user's API tokens: how many are live, and revoking them all (DELETE /users/:id/tokens on the
 * API). An admin revoking their own is asked to confirm first, since the scripts using them stop at
 * once; revoking the last administrator's API access is refused by the command itself.
 */
export function tokenPages({ db, clock }: Services) {
  async function userOr404(id: number) {
    const user = await findUser(db, id);
    if (!user) throw new NotFound('user-not-found', 'No such user.');
    return user;
  }

  return [
    definePage({
      method: 'get',
      path: '/admin/users/:id/tokens',
      roles: ['admin'],
      async handler(req, res, { user: me }) {
        const { id } = paramsOr404(IdParams, req.params);
        const user = await userOr404(id);
        const live = await liveTokenCount(db, id, clock.now());
        render(res, 'pages/admin/tokens.njk', { subject: user, live, own: user.id === me.id });
      },
    }),
    definePage({
      method: 'post',
      path: '/admin/users/:id/tokens/revoke',
      roles: ['admin'],
      async handler(req, res, { user: me, actor }) {
        const { id } = paramsOr404(IdParams, req.params);
        const user = await userOr404(id);
        if (user.id === me.id && text(req.body as FormBody, 'confirm') !== 'yes') {
          return render(res, 'pages/admin/revoke-own-tokens.njk', { subject: user });
        }
        const revoked = await revokeUserTokens({ db, actor, now: clock.now() }, id);
        await redirectWithFlash(
          res,
          `/admin/users/${id}/tokens`,
          `${revoked} API ${revoked === 1 ? 'token' : 'tokens'} revoked`,
        );
      },
    }),
  ];
}
