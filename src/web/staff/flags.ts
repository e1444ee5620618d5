import type { Response } from 'express';
import type { WebUser } from '../../auth/queries';
import { OVERSIGHT_ROLES } from '../../auth/roles';
import { Unprocessable } from '../../errors';
import { IdParams } from '../../http/params';
import { confirmFlag, dismissFlag, getFlag } from '../../performance/reviews/flags';
import type { DecisionReason } from '../../performance/reviews/model';
import type { Services } from '../../services';
import { choiceItems, text, type FieldErrors, type FormBody } from '../forms';
import { label } from '../labels';
import { definePage, paramsOr404 } from '../page';
import { redirectWithFlash, renderForm } from '../views';
import { checkConfirmation, checkDismissal } from './flag-forms';

/**
 * The reasons each form offers: those that make sense for that decision. The API takes any
 * decision reason for either, and so do the forms' schemas; only the choices shown differ.
 */
const CONFIRM_REASONS: readonly DecisionReason[] = [
  'performance-confirmed',
  'zone-coverage',
  'commissioning-decision',
  'other',
];
const DISMISS_REASONS: readonly DecisionReason[] = [
  'improvement-plan-agreed',
  'mitigating-circumstances',
  'insufficient-evidence',
  'data-error',
  'zone-coverage',
  'commissioning-decision',
  'other',
];

interface FlagForm {
  errors?: FieldErrors;
  values?: Record<string, string>;
  /** The command refused a demotion below the zone's minimum primes: ask for the acknowledgement. */
  needsAcknowledgement?: boolean;
}

/** The flag page, with a refused decision's errors and values. */
async function show(
  reads: Pick<Services, 'db' | 'zoneFacts'>,
  res: Response,
  user: WebUser,
  form: FlagForm & { id: number },
) {
  const flag = await getFlag(reads, form.id);
  const errors = form.errors ?? {};
  const values = form.values ?? {};
  const belowMinPrimes = flag.coverageNow?.belowMinPrimes === true || form.needsAcknowledgement === true;
  const reasons = (codes: readonly DecisionReason[]) => codes.map((r) => ({ value: r, text: label(r) }));
  renderForm(
    res,
    'pages/staff/flag.njk',
    {
      flag,
      evidence: flag.evidence,
      canDecide: flag.status === 'open',
      // A flag raised by hand is confirmed by someone other than its raiser (four eyes).
      canConfirm: flag.status === 'open' && flag.raisedBy !== user.id,
      belowMinPrimes,
      values,
      reasonItems: choiceItems(reasons(CONFIRM_REASONS), values.reason),
      dismissReasonItems: choiceItems(reasons(DISMISS_REASONS), values.dismissReason),
    },
    { errors },
  );
}

const decided = (flag: Awaited<ReturnType<typeof getFlag>>) =>
  `${flag.provider.name} is now ${label(flag.toRole).toLowerCase()} in ${flag.zone.name}`;

/**
 * One promotion or demotion flag with its evidence (docs/specification/roles-and-stories.md §9.4,
 * story C4; docs/specification/allocation.md §5.7). Commissioners (and admins) confirm or dismiss it
 * with a reason, evidence and a comment, through the same commands as POST
 * /reviews/flags/:id/confirm and /dismiss. A demotion that would leave the zone below its minimum
 * primes shows the warning and is confirmed only with the acknowledgement ticked.
 */
export function flagPages({ db, clock, zoneFacts }: Services) {
  const reads = { db, zoneFacts };
  return [
    definePage({
      method: 'get',
      path: '/staff/performance/flags/:id',
      roles: OVERSIGHT_ROLES,
      async handler(req, res, { user }) {
        await show(reads, res, user, { id: paramsOr404(IdParams, req.params).id });
      },
    }),
    definePage({
      method: 'post',
      path: '/staff/performance/flags/:id/confirm',
      roles: OVERSIGHT_ROLES,
      async handler(req, res, { user, actor }) {
        const { id } = paramsOr404(IdParams, req.params);
        const body = req.body as FormBody;
        const values = {
          reason: text(body, 'reason'),
          evidence: text(body, 'evidence'),
          comment: text(body, 'comment'),
          acknowledgeBelowMinPrimes: text(body, 'acknowledgeBelowMinPrimes'),
        };
        const input = checkConfirmation(body);
        if (!input.ok) return show(reads, res, user, { id, errors: input.errors, values });
        try {
          const flag = await confirmFlag({ db, zoneFacts, actor, now: clock.now() }, id, input.data);
          await redirectWithFlash(res, `/staff/performance/flags/${id}`, 'Flag confirmed', decided(flag));
        } catch (err) {
          if (err instanceof Unprocessable && err.code === 'below-min-primes') {
            const message = 'Confirm that you understand the zone will have fewer primes than its minimum';
            return show(reads, res, user, {
              id,
              errors: { acknowledgeBelowMinPrimes: message },
              values,
              needsAcknowledgement: true,
            });
          }
          throw err;
        }
      },
    }),
    definePage({
      method: 'post',
      path: '/staff/performance/flags/:id/dismiss',
      roles: OVERSIGHT_ROLES,
      async handler(req, res, { user, actor }) {
        const { id } = paramsOr404(IdParams, req.params);
        const body = req.body as FormBody;
        const input = checkDismissal(body);
        if (!input.ok)
          return show(reads, res, user, {
            id,
            errors: input.errors,
            values: {
              dismissReason: text(body, 'dismissReason'),
              dismissEvidence: text(body, 'dismissEvidence'),
              dismissComment: text(body, 'dismissComment'),
            },
          });
        const flag = await dismissFlag({ db, zoneFacts, actor, now: clock.now() }, id, input.data);
        await redirectWithFlash(
          res,
          `/staff/performance/flags/${id}`,
          'Flag dismissed',
          `${flag.provider.name} stays ${label(flag.fromRole).toLowerCase()} in ${flag.zone.name}.`,
        );
      },
    }),
  ];
}
