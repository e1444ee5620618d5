import type { Response } from 'express';
import { intakePackage } from '../../packages/intake';
import { CARE_TYPES, NEED_FLAGS, URGENCIES } from '../../packages/model';
import type { Services } from '../../services';
import { wantedStartCheck } from '../../calendar/field-rules';
import { choiceItems, dateRuleErrors, text, type FieldErrors, type FormBody } from '../forms';
import { label } from '../labels';
import { definePage } from '../page';
import { redirectWithFlash, render, renderForm } from '../views';
import {
  checkNewPackage,
  NEW_PACKAGE_ANCHORS,
  newPackageValues,
  type NewPackageValues,
} from './new-package-form';
import { checkPrice } from './price-check';

function showForm(res: Response, values: NewPackageValues, errors: FieldErrors = {}) {
  renderForm(
    res,
    'pages/staff/new-package.njk',
    {
      values,
      careTypeItems: choiceItems(CARE_TYPES, values.careType, { describe: label }),
      urgencyItems: choiceItems(URGENCIES, values.urgency, { describe: label }),
      needItems: choiceItems(NEED_FLAGS, values.needs, { describe: label }),
    },
    { errors, anchors: NEW_PACKAGE_ANCHORS },
  );
}

/**
 * New package, in two steps that work without JavaScript: "Check price" validates the form and
 * shows the zone, band and price the package will get; "Confirm and offer" runs intake (locate,
 * price, store, open round 1) exactly as POST /packages does. "Change details" goes back to the
 * form with everything kept. Each step checks the whole form again: nothing is trusted from the
 * confirm page's hidden fields that intake would not check itself.
 */
export function newPackagePages(services: Services) {
  const { clock } = services;
  return [
    definePage({
      method: 'get',
      path: '/staff/packages/new',
      roles: ['officer'],
      async handler(_req, res) {
        showForm(res, newPackageValues({ careType: 'core', urgency: 'standard' }));
      },
    }),
    definePage({
      method: 'post',
      path: '/staff/packages/new',
      roles: ['officer'],
      async handler(req, res, { actor }) {
        const body = req.body as FormBody;
        const values = newPackageValues(body);
        const action = text(body, 'action');
        if (action === 'change') return showForm(res, values);
        const checked = checkNewPackage(values);
        if (!checked.ok) return showForm(res, values, checked.errors);
        const wanted = wantedStartCheck('wantedStart', checked.data.wantedStart, clock.now());
        const dateErrors = dateRuleErrors([wanted], { wantedStart: 'The date care should start' });
        if (dateErrors) return showForm(res, values, dateErrors);
        const priced = await checkPrice(services, checked.data, clock.now());
        if (!priced.ok) return showForm(res, values, priced.errors);
        if (action !== 'confirm') {
          return render(res, 'pages/staff/new-package-confirm.njk', {
            values,
            input: checked.data,
            quote: priced.quote,
          });
        }
        const pkg = await intakePackage(services, actor, checked.data, clock.now());
        redirectWithFlash(
          res,
          `/staff/packages/${pkg.id}`,
          `Package ${pkg.id} created`,
          pkg.status === 'unplaced'
            ? 'No provider could be offered it: it is waiting on the queue as unplaced.'
            : 'It is being offered to the providers of its zone.',
        );
      },
    }),
  ];
}
