import type { Response } from 'express';
import { z } from 'zod';
import { commandContext } from '../../allocation/context';
import { SPECIALISMS } from '../../packages/model';
import { declareNeeds, providerNeeds } from '../../providers/needs-commands';
import { NeedsDeclarationBodySchema } from '../../providers/needs-schemas';
import type { Services } from '../../services';
import { check, choiceItems, list, numberField, text, type FieldErrors, type FormBody } from '../forms';
import { label } from '../labels';
import { definePage, type PageContext } from '../page';
import { redirectWithFlash, renderForm } from '../views';
import { NeedsFormFields } from '../staff/needs-fields';

const GENDERS = ['female', 'male'] as const;

const NeedsForm = z.object({
  zoneId: z.string().min(1, 'Select the zone'),
  specialisms: z.array(z.enum(SPECIALISMS, { error: 'Select specialist services from the list' })),
  language: NeedsFormFields.language,
  doubleUpPackages: numberField(
    'Enter how many more two-carer packages you can take (0 for none)',
    'Two-carer packages must be a whole number, like 2',
  ),
  carerGenders: z.array(z.enum(GENDERS, { error: 'Select from the list' })),
});

const DOMAIN_MESSAGES = {
  zoneId: 'Select the zone',
  doubleUpPackages: 'Two-carer packages must be a whole number from 0 to 1,000',
  language: 'Give each language once, at most 5',
};

/** The form's fields as the API takes them, checked by the API's schema. */
function checkDeclaration(fields: z.output<typeof NeedsForm>) {
  const { language, ...rest } = fields;
  return check(
    NeedsDeclarationBodySchema,
    { ...rest, languages: language },
    (path) => (path[0] === 'languages' ? 'language' : String(path[0] ?? 'form')),
    DOMAIN_MESSAGES,
  );
}

function formValues(body: FormBody) {
  return {
    zoneId: text(body, 'zoneId'),
    specialisms: list(body, 'specialisms'),
    language: text(body, 'language'),
    doubleUpPackages: text(body, 'doubleUpPackages'),
    carerGenders: list(body, 'carerGenders'),
  };
}
type Values = ReturnType<typeof formValues>;

/**
 * What a provider can meet in each of its zones (docs/specification/allocation.md §5.16): the
 * latest declaration per zone, its specialist appointments, and a form to declare. A package with
 * a hard need is offered only to providers whose declaration meets it.
 */
export function myNeedsPages(services: Services) {
  const { db } = services;
  async function show(res: Response, ctx: PageContext, form: { errors?: FieldErrors; values?: Values } = {}) {
    const needs = await providerNeeds(db, ctx.user.providerId!);
    const values = form.values ?? formValues({});
    renderForm(
      res,
      'pages/provider/needs.njk',
      {
        ...needs,
        values,
        zoneItems: choiceItems(
          needs.zones.map((z) => ({ value: z.zoneId, text: z.zoneName })),
          values.zoneId,
          { blank: 'Choose a zone' },
        ),
        specialismItems: choiceItems(SPECIALISMS, values.specialisms, { describe: label }),
        genderItems: choiceItems(GENDERS, values.carerGenders, { describe: (g) => `${label(g)} carers` }),
      },
      { errors: form.errors ?? {} },
    );
  }

  return [
    definePage({
      method: 'get',
      path: '/my/needs',
      roles: ['provider'],
      async handler(_req, res, ctx) {
        await show(res, ctx);
      },
    }),
    definePage({
      method: 'post',
      path: '/my/needs',
      roles: ['provider'],
      async handler(req, res, ctx) {
        const values = formValues(req.body as FormBody);
        const form = check(NeedsForm, values);
        const input = form.ok ? checkDeclaration(form.data) : form;
        if (!input.ok) return show(res, ctx, { errors: input.errors, values });
        const entry = await declareNeeds(
          commandContext(services, ctx.actor),
          ctx.user.providerId!,
          input.data,
        );
        await redirectWithFlash(res, '/my/needs', `Needs you can meet declared for ${entry.zoneName}`, '');
      },
    }),
  ];
}
