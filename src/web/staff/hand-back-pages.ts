import { z } from 'zod';
import { commandContext } from '../../allocation/context';
import { STAFF_ROLES } from '../../auth/roles';
import { IdParams } from '../../http/params';
import { decideShortNotice } from '../../packages/hand-back/command';
import { providerTransition } from '../../packages/hand-back/transition';
import { ShortNoticeDecisionSchema } from '../../packages/hand-back/schemas';
import type { Services } from '../../services';
import { check, text, type FormBody } from '../forms';
import { definePage, paramsOr404 } from '../page';
import { redirectWithFlash, render } from '../views';
import { showPackage } from './package';

const DecisionForm = z
  .object({ decision: z.enum(['approve', 'refuse'], { error: 'Choose to approve or refuse the notice' }) })
  .pipe(ShortNoticeDecisionSchema);

/**
 * Hand-backs with notice for staff (docs/web.md): a commissioner's decision on short notice, from
 * the package page, and the transition of a provider leaving the market.
 */
export function handBackPages(services: Services) {
  return [
    definePage({
      method: 'post',
      path: '/staff/packages/:id/hand-back/decision',
      roles: ['commissioner'],
      async handler(req, res, ctx) {
        const { id } = paramsOr404(IdParams, req.params);
        const values = { decision: text(req.body as FormBody, 'decision') };
        const form = check(DecisionForm, values);
        if (!form.ok) return showPackage(services, res, ctx, { id, errors: form.errors, values });
        await decideShortNotice(commandContext(services, ctx.actor), {
          packageId: id,
          decision: form.data.decision,
        });
        const what = form.data.decision === 'approve' ? 'approved' : 'refused: the full notice runs';
        await redirectWithFlash(res, `/staff/packages/${id}`, `Short notice ${what}`);
      },
    }),
    definePage({
      method: 'get',
      path: '/staff/providers/:id/transition',
      roles: STAFF_ROLES,
      async handler(req, res) {
        const transition = await providerTransition(services.db, paramsOr404(IdParams, req.params).id);
        render(res, 'pages/staff/provider-transition.njk', { transition });
      },
    }),
  ];
}
