import type { Response } from 'express';
import { z } from 'zod';
import { commandContext } from '../../allocation/context';
import { IdParams } from '../../http/params';
import { Conflict } from '../../errors';
import { editPackage } from '../../packages/edit';
import { endPackage } from '../../packages/lifecycle';
import type { PackageRecord } from '../../packages/model';
import { needsItems } from './needs-fields';
import { getPackage } from '../../packages/queries';
import { EndSchema } from '../../packages/schemas';
import type { Services } from '../../services';
import { check, dateField, dateParts, errorList, text, type FieldErrors, type FormBody } from '../forms';
import { definePage, paramsOr404 } from '../page';
import { redirectWithFlash, render, renderForm } from '../views';
import { checkEdit, EDIT_ANCHORS, editValues, valuesOf, type EditValues } from './edit-package-form';
import { showPackage } from './package';

const CONFLICT_MESSAGE =
  'Someone else changed this package while you were editing it. The form now shows the package as it is: make your changes again.';

/** The edit form: 400 with the fields' errors, 409 when someone else's change got there first. */
function showEdit(
  res: Response,
  view: { pkg: PackageRecord; values: EditValues; errors?: FieldErrors; status?: number },
) {
  const { pkg, values, errors = {} } = view;
  const data = { pkg, values, ...needsItems(values) };
  if (view.status === undefined)
    return renderForm(res, 'pages/staff/edit-package.njk', data, { errors, anchors: EDIT_ANCHORS });
  render(
    res,
    'pages/staff/edit-package.njk',
    { ...data, errors, errorList: errorList(errors, EDIT_ANCHORS) },
    view.status,
  );
}

const EndForm = z
  .object({
    endedOn: dateField('the day care ended'),
    reason: z
      .string()
      .trim()
      .min(1, 'Enter why the package ended')
      .min(3, 'Reason must be 3 characters or more')
      .max(200, 'Reason must be 200 characters or fewer'),
  })
  .pipe(EndSchema);

/** Editing a package's hours, visits, wanted start and needs (PATCH /packages/:id's command), and ending it. */
export function packageActionPages(services: Services) {
  const { db } = services;
  return [
    definePage({
      method: 'get',
      path: '/staff/packages/:id/edit',
      roles: ['officer'],
      async handler(req, res) {
        const pkg = await getPackage(db, paramsOr404(IdParams, req.params).id);
        showEdit(res, { pkg, values: valuesOf(pkg) });
      },
    }),
    definePage({
      method: 'post',
      path: '/staff/packages/:id/edit',
      roles: ['officer'],
      async handler(req, res, ctx) {
        const pkg = await getPackage(db, paramsOr404(IdParams, req.params).id);
        const values = editValues(req.body as FormBody);
        const form = checkEdit(values, pkg);
        if (!form.ok) return showEdit(res, { pkg, values, errors: form.errors });
        const url = `/staff/packages/${pkg.id}`;
        if (form.data === null) return redirectWithFlash(res, url, 'Nothing changed');
        try {
          await editPackage(commandContext(services, ctx.actor), { packageId: pkg.id, changes: form.data });
        } catch (err) {
          if (!(err instanceof Conflict) || err.code !== 'package-version-conflict') throw err;
          const now = await getPackage(db, pkg.id);
          return showEdit(res, {
            pkg: now,
            values: valuesOf(now),
            errors: { form: CONFLICT_MESSAGE },
            status: 409,
          });
        }
        await redirectWithFlash(res, url, `Package ${pkg.id} updated`);
      },
    }),
    definePage({
      method: 'post',
      path: '/staff/packages/:id/end',
      roles: ['officer'],
      async handler(req, res, ctx) {
        const { id } = paramsOr404(IdParams, req.params);
        const body = req.body as FormBody;
        const values = { reason: text(body, 'reason'), endedOn: dateParts(body, 'endedOn') };
        const form = check(EndForm, values);
        if (!form.ok)
          return showPackage(services, res, ctx, {
            id,
            errors: form.errors,
            values,
            anchors: { endedOn: 'endedOn-day', reason: 'endReason' },
          });
        await endPackage(commandContext(services, ctx.actor), { packageId: id, ...form.data });
        await redirectWithFlash(res, `/staff/packages/${id}`, `Package ${id} ended`);
      },
    }),
  ];
}
