import { hashToken } from '../../auth/tokens';
import { USER_ROLES } from '../../auth/roles';
import type { Services } from '../../services';
import { endSessions, listSessions } from '../../users/sessions';
import { text, type FormBody } from '../forms';
import { definePage } from '../page';
import { redirectWithFlash, render } from '../views';

/**
 * /account: the signed-in user's own web sessions (where and when they signed in), and ending the
 * others, one or all: a lost laptop, a shared computer left signed in.
 */
export function accountPages({ db, clock }: Services) {
  return [
    definePage({
      method: 'get',
      path: '/account',
      roles: USER_ROLES,
      async handler(req, res, { user }) {
        const current = hashToken(req.sessionID);
        const sessions = (await listSessions(db, user.id, clock.now())).map((s) => ({
          ...s,
          current: s.id === current,
        }));
        render(res, 'pages/account/account.njk', { sessions });
      },
    }),
    definePage({
      method: 'post',
      path: '/account/sessions/end',
      roles: USER_ROLES,
      async handler(req, res, { user, actor }) {
        const which = text(req.body as FormBody, 'session');
        const current = hashToken(req.sessionID);
        const ctx = { db, actor, now: clock.now() };
        const target =
          which === 'others' || which === ''
            ? { userId: user.id, except: current }
            : { userId: user.id, only: which, except: current };
        const ended = await endSessions(ctx, target);
        await redirectWithFlash(res, '/account', `${ended} ${ended === 1 ? 'session' : 'sessions'} ended`);
      },
    }),
  ];
}
