import type { Response } from 'express';
import { intakePackage } from '../../packages/intake';
import { BAND_OVERRIDE_REASONS, FUNDING_STREAMS, URGENCIES } from '../../packages/model';
import { needsItems } from './needs-fields';
import { BANDS } from '../../pricing/bands';
import type { Services } from '../../services';
import { d2aChecks, wantedStartCheck } from '../../calendar/field-rules';
import { choiceItems, dateRuleErrors, text, type FieldErrors, type FormBody } from '../forms';
import { label } from '../labels';
import { definePage } from '../page';
import { redirectWithFlash, renderForm } from '../views';
import {
  checkNewPackage,
  NEW_PACKAGE_ANCHORS,
  newPackageValues,
  type NewPackageInput,
  type NewPackageValues,
} from './new-package-form';
import { checkPrice, type PriceCheck } from './price-check';

function showForm(res: Response, values: NewPackageValues, errors: FieldErrors = {}) {
  renderForm(
    res,
    'pages/staff/new-package.njk',
    {
      values,
      coordinatesOpen: values.lat !== '' || values.lon !== '' || 'lat' in errors || 'lon' in errors,
      fundingStreamItems: choiceItems(FUNDING_STREAMS, values.fundingStream, { describe: label }),
      urgencyItems: choiceItems(URGENCIES, values.urgency, { describe: label }),
      ...needsItems(values),
    },
    { errors, anchors: NEW_PACKAGE_ANCHORS },
  );
}

const OVERRIDE_FIELDS = ['overrideBand', 'overrideReason', 'overrideComment'];
const onlyOverrideErrors = (errors: FieldErrors) =>
  Object.keys(errors).every((field) => OVERRIDE_FIELDS.includes(field));

/** The check page: zone, band and how it was decided, rate and cost, and the band override. */
function showConfirm(
  res: Response,
  page: { values: NewPackageValues; input: NewPackageInput; quote: PriceCheck; errors?: FieldErrors },
) {
  const { values, errors = {} } = page;
  renderForm(
    res,
    'pages/staff/new-package-confirm.njk',
    {
      ...page,
      overrideOpen: values.overrideBand !== '' || Object.keys(errors).length > 0,
      bandItems: choiceItems(BANDS, values.overrideBand, { blank: "Keep the area's band", describe: label }),
      reasonItems: choiceItems(BAND_OVERRIDE_REASONS, values.overrideReason, { describe: label }),
    },
    { errors },
  );
}

/**
 * The form's answer when it does not pass: the check page again when only the band override is
 * wrong (it is asked there), else the form.
 */
async function refuse(services: Services, res: Response, values: NewPackageValues, errors: FieldErrors) {
  if (!onlyOverrideErrors(errors)) return showForm(res, values, errors);
  const plain = checkNewPackage({ ...values, overrideBand: '' });
  const priced = plain.ok ? await checkPrice(services, plain.data, services.clock.now()) : undefined;
  if (!plain.ok || !priced?.ok) return showForm(res, values, errors);
  showConfirm(res, { values, input: plain.data, quote: priced.quote, errors });
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
        showForm(res, newPackageValues({ fundingStream: 'council', urgency: 'standard' }));
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
        if (!checked.ok) return refuse(services, res, values, checked.errors);
        const wanted = wantedStartCheck('wantedStart', checked.data.wantedStart, clock.now());
        const dateErrors = dateRuleErrors([wanted, ...d2aChecks('body', checked.data, clock.now())], {
          wantedStart: 'The date care should start',
          fundedUntil: 'The last day of the funded period',
          reviewDue: 'The review date',
        });
        if (dateErrors) return showForm(res, values, dateErrors);
        const priced = await checkPrice(services, checked.data, clock.now());
        if (!priced.ok) return refuse(services, res, values, priced.errors);
        // A band changed on the check page since its price was shown is shown priced again first.
        const checkedBand = text(body, 'checkedBand');
        if (action !== 'confirm' || (checkedBand !== '' && checkedBand !== priced.quote.band)) {
          return showConfirm(res, { values, input: checked.data, quote: priced.quote });
        }
        const pkg = await intakePackage(services, actor, checked.data, clock.now());
        await redirectWithFlash(
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
