import type { Response } from 'express';
import { z } from 'zod';
import { registerApplicant } from '../../admission/applicants';
import { addCheckItem } from '../../admission/readiness';
import { CHECK_GROUPS } from '../../admission/model';
import { checkItems } from '../../admission/queries';
import { NewApplicantSchema, NewCheckItemSchema } from '../../admission/schemas';
import { commandContext } from '../../allocation/context';
import { OVERSIGHT_ROLES } from '../../auth/roles';
import type { Services } from '../../services';
import { check, choiceItems, text, type FieldErrors, type FormBody } from '../forms';
import { label } from '../labels';
import { definePage } from '../page';
import { redirectWithFlash, renderForm } from '../views';

type Form = { errors?: FieldErrors; values?: Record<string, string> };

/**
 * Registering a new organisation for admission (an applicant provider and its invited first user),
 * and the post-award check items (docs/specification/providers-and-framework.md §4.15–4.16).
 */
export function admissionSetupPages(services: Services) {
  return [...applicantPages(services), ...checkItemPages(services)];
}

function applicantPages(services: Services) {
  const showApplicant = (res: Response, form: Form = {}) =>
    renderForm(
      res,
      'pages/staff/admission-applicant.njk',
      { values: form.values ?? {} },
      { errors: form.errors ?? {} },
    );
  return [
    definePage({
      method: 'get',
      path: '/staff/admission/applicants/new',
      roles: OVERSIGHT_ROLES,
      async handler(_req, res) {
        showApplicant(res);
      },
    }),
    definePage({
      method: 'post',
      path: '/staff/admission/applicants/new',
      roles: OVERSIGHT_ROLES,
      async handler(req, res, ctx) {
        const body = req.body as FormBody;
        const values = Object.fromEntries(
          ['name', 'cqcLocationId', 'userName', 'email'].map((k) => [k, text(body, k)]),
        );
        const input = check(NewApplicantSchema, values);
        if (!input.ok) return showApplicant(res, { errors: input.errors, values });
        const applicant = await registerApplicant(
          commandContext(services, ctx.actor),
          input.data,
          services.config.web,
        );
        await redirectWithFlash(
          res,
          '/staff/admission',
          `${applicant.name} registered`,
          `An invitation to choose a password has been sent to ${input.data.email}.`,
        );
      },
    }),
  ];
}

function checkItemPages(services: Services) {
  const { db } = services;
  async function showItems(res: Response, form: Form = {}) {
    const values = form.values ?? {};
    renderForm(
      res,
      'pages/staff/check-items.njk',
      {
        items: await checkItems(db),
        values,
        groupItems: choiceItems(CHECK_GROUPS, values.group, {
          blank: 'Choose a group',
          describe: (g) => label(g, 'admission'),
        }),
      },
      { errors: form.errors ?? {} },
    );
  }
  return [
    definePage({
      method: 'get',
      path: '/staff/admission/check-items',
      roles: OVERSIGHT_ROLES,
      async handler(_req, res) {
        await showItems(res);
      },
    }),
    definePage({
      method: 'post',
      path: '/staff/admission/check-items',
      roles: OVERSIGHT_ROLES,
      async handler(req, res, ctx) {
        const body = req.body as FormBody;
        const values = Object.fromEntries(
          ['key', 'group', 'label', 'required'].map((k) => [k, text(body, k)]),
        );
        const input = check(
          NewCheckItemSchema.extend({ required: z.string().transform((v) => v !== 'no') }),
          values,
        );
        if (!input.ok) return showItems(res, { errors: input.errors, values });
        const item = await addCheckItem(commandContext(services, ctx.actor), input.data);
        await redirectWithFlash(res, '/staff/admission/check-items', `Check added: ${item.label}`, '');
      },
    }),
  ];
}
