import type { Response } from 'express';
import { z } from 'zod';
import { commandContext } from '../../allocation/context';
import { londonDate } from '../../calendar/dates';
import { NotFound } from '../../errors';
import { IdParams } from '../../http/params';
import { handBack } from '../../packages/hand-back/command';
import { confirmStart } from '../../packages/lifecycle';
import { HAND_BACK_REASONS, TRANSITIONS } from '../../packages/model';
import { getPackage, listPackages } from '../../packages/queries';
import { PACKAGE_PAGE_MAX } from '../../packages/schemas';
import { HandBackSchema } from '../../packages/hand-back/schemas';
import { StartSchema } from '../../packages/schemas';
import { packageView, packageViewer } from '../../packages/view';
import { minimumNoticeDate } from '../../packages/hand-back/notice';
import type { Services } from '../../services';
import {
  check,
  choiceItems,
  runCommand,
  dateField,
  dateParts,
  optionalDateField,
  partsOf,
  text,
  type FieldErrors,
  type FormBody,
} from '../forms';
import { label } from '../labels';
import { definePage, paramsOr404, type PageContext } from '../page';
import { redirectWithFlash, render, renderForm } from '../views';

const StartForm = z.object({ startedOn: dateField('the date care started') }).pipe(StartSchema);
const HandBackForm = z
  .object({
    reason: z.enum(HAND_BACK_REASONS, { error: 'Select why you are handing the package back' }),
    noticeDate: dateField('the notice date'),
    lastVisit: optionalDateField('the last planned visit'),
  })
  .pipe(HandBackSchema);

/** One of the provider's packages, with a refused form's errors and values. */
async function show(
  { db, clock, zoneFacts, config }: Services,
  res: Response,
  ctx: PageContext,
  form: { id: number; errors?: FieldErrors; values?: Record<string, unknown> },
) {
  const pkg = await getPackage(db, form.id);
  // Another provider's package is answered exactly as a missing one.
  if (pkg.providerId !== ctx.user.providerId)
    throw new NotFound('package-not-found', `No package ${form.id}.`);
  const view = await packageViewer({ db, zoneFacts, clock })(pkg, ctx.actor);
  const errors = form.errors ?? {};
  const values = form.values ?? {};
  const today = partsOf(londonDate(clock.now()));
  renderForm(
    res,
    'pages/provider/package.njk',
    {
      pkg: view,
      canStart: TRANSITIONS.start!.includes(pkg.status),
      canHandBack: TRANSITIONS['hand-back']!.includes(pkg.status) && view.handBack === null,
      startedOn: values.startedOn ?? today,
      noticeDate:
        values.noticeDate ?? partsOf(minimumNoticeDate(londonDate(clock.now()), config.allocation.handBack)),
      lastVisit: values.lastVisit ?? partsOf(null),
      noticeDays: config.allocation.handBack.noticeDays,
      reasonItems: choiceItems(HAND_BACK_REASONS, values.reason as string | undefined, { describe: label }),
    },
    {
      errors,
      anchors: { startedOn: 'startedOn-day', noticeDate: 'noticeDate-day', lastVisit: 'lastVisit-day' },
    },
  );
}

/**
 * The packages a provider holds (docs/specification/roles-and-stories.md §9.3, story P6): confirm
 * care started, or give notice of a hand-back.
 */
export function myPackagePages(services: Services) {
  const { db, zoneFacts } = services;
  return [
    definePage({
      method: 'get',
      path: '/my/packages',
      roles: ['provider'],
      async handler(_req, res, ctx) {
        const [{ packages }, zones] = await Promise.all([
          listPackages(db, { providerId: ctx.user.providerId!, limit: PACKAGE_PAGE_MAX, offset: 0 }),
          zoneFacts.names(db),
        ]);
        render(res, 'pages/provider/packages.njk', {
          packages: packages.map((p) => packageView(p, zones.get(p.zoneId) ?? p.zoneId, ctx.actor)),
        });
      },
    }),
    definePage({
      method: 'get',
      path: '/my/packages/:id',
      roles: ['provider'],
      async handler(req, res, ctx) {
        await show(services, res, ctx, { id: paramsOr404(IdParams, req.params).id });
      },
    }),
    definePage({
      method: 'post',
      path: '/my/packages/:id/start',
      roles: ['provider'],
      async handler(req, res, ctx) {
        const { id } = paramsOr404(IdParams, req.params);
        const values = { startedOn: dateParts(req.body as FormBody, 'startedOn') };
        const form = check(StartForm, values);
        if (!form.ok) return show(services, res, ctx, { id, errors: form.errors, values });
        const done = await runCommand(
          () =>
            confirmStart(commandContext(services, ctx.actor), {
              packageId: id,
              startedOn: form.data.startedOn,
            }),
          { startedOn: 'The date care started' },
        );
        if (!done.ok) return show(services, res, ctx, { id, errors: done.errors, values });
        await redirectWithFlash(res, `/my/packages/${id}`, 'Care start confirmed');
      },
    }),
    definePage({
      method: 'post',
      path: '/my/packages/:id/hand-back',
      roles: ['provider'],
      async handler(req, res, ctx) {
        const { id } = paramsOr404(IdParams, req.params);
        const body = req.body as FormBody;
        const values = {
          reason: text(body, 'reason'),
          noticeDate: dateParts(body, 'noticeDate'),
          lastVisit: dateParts(body, 'lastVisit'),
        };
        const form = check(HandBackForm, values);
        if (!form.ok) return show(services, res, ctx, { id, errors: form.errors, values });
        const done = await runCommand(
          () => handBack(commandContext(services, ctx.actor), { packageId: id, ...form.data }),
          { noticeDate: 'The notice date', lastVisit: 'The last planned visit' },
        );
        if (!done.ok) return show(services, res, ctx, { id, errors: done.errors, values });
        await redirectWithFlash(
          res,
          `/my/packages/${id}`,
          `Notice given for package ${id}`,
          'You deliver care until the notice date; the council places the package again meanwhile.',
        );
      },
    }),
  ];
}
