import type { Response } from 'express';
import { commandContext } from '../../allocation/context';
import { Conflict, Unprocessable } from '../../errors';
import { admitProvider } from '../../providers/commands';
import { CQC_RATINGS, PROVIDER_STATUSES } from '../../providers/model';
import { listProviders } from '../../providers/queries';
import type { Services } from '../../services';
import { choiceItems, dateParts, text, type FieldErrors, type FormBody } from '../forms';
import { label } from '../labels';
import { definePage } from '../page';
import { redirectWithFlash, render, renderForm } from '../views';
import { checkAdmission } from './provider-forms';

const FIELDS = [
  'name',
  'cqcLocationId',
  'cqcOverall',
  'cqcSafe',
  'cqcWellLed',
  'chcApproved',
  'status',
  'tenderScore',
];

/** The admission form, with its errors beside the fields when a submission was refused. */
function showAdmitForm(res: Response, values: Record<string, unknown>, errors: FieldErrors = {}) {
  const ratingItems = (field: string) =>
    choiceItems(CQC_RATINGS, values[field] as string | undefined, {
      blank: 'Choose a rating',
      describe: label,
    });
  renderForm(
    res,
    'pages/admin/admit-provider.njk',
    {
      values,
      overallItems: ratingItems('cqcOverall'),
      safeItems: ratingItems('cqcSafe'),
      wellLedItems: ratingItems('cqcWellLed'),
      chcItems: choiceItems(
        [
          { value: 'yes', text: 'Yes' },
          { value: 'no', text: 'No' },
        ],
        values.chcApproved as string,
      ),
      statusItems: choiceItems(PROVIDER_STATUSES, values.status as string, {
        describe: (v) => label(v, 'provider'),
      }),
    },
    { errors, anchors: { admittedOn: 'admittedOn-day' } },
  );
}

/**
 * Provider administration: the list, and admitting a provider to the open framework
 * (docs/specification/providers-and-framework.md §4.9).
 */
export function providerAdminPages(services: Services) {
  const { db, clock, config } = services;
  const basis = () => ({ now: clock.now(), staleDays: config.allocation.capacityStaleDays });
  return [
    definePage({
      method: 'get',
      path: '/admin/providers',
      roles: ['admin'],
      async handler(_req, res) {
        render(res, 'pages/admin/providers.njk', { providers: await listProviders(db, {}, basis()) });
      },
    }),
    definePage({
      method: 'get',
      path: '/admin/providers/new',
      roles: ['admin'],
      async handler(_req, res) {
        showAdmitForm(res, {
          status: 'mobilising',
          chcApproved: 'no',
          admittedOn: dateParts({}, 'admittedOn'),
        });
      },
    }),
    definePage({
      method: 'post',
      path: '/admin/providers/new',
      roles: ['admin'],
      async handler(req, res, { actor }) {
        const body = req.body as FormBody;
        const values = {
          ...Object.fromEntries(FIELDS.map((f) => [f, text(body, f)])),
          admittedOn: dateParts(body, 'admittedOn'),
        };
        const admission = checkAdmission(values);
        if (!admission.ok) return showAdmitForm(res, values, admission.errors);
        try {
          const provider = await admitProvider(commandContext(services, actor), admission.data);
          await redirectWithFlash(
            res,
            `/admin/providers/${provider.id}`,
            `${provider.name} admitted`,
            'Give it a role in one or more zones.',
          );
        } catch (err) {
          if (err instanceof Conflict) {
            const field = err.message.includes('CQC') ? 'cqcLocationId' : 'name';
            return showAdmitForm(res, values, { [field]: err.message });
          }
          if (err instanceof Unprocessable) return showAdmitForm(res, values, { cqcOverall: err.message });
          throw err;
        }
      },
    }),
  ];
}
