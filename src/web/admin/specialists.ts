import type { Response } from 'express';
import { z } from 'zod';
import { commandContext } from '../../allocation/context';
import { SPECIALISMS } from '../../packages/model';
import { setSpecialist, specialistList } from '../../providers/needs-commands';
import type { Services } from '../../services';
import { check, choiceItems, text, type FieldErrors, type FormBody } from '../forms';
import { label } from '../labels';
import { definePage, type PageContext } from '../page';
import { redirectWithFlash, renderForm } from '../views';

const AppointForm = z.object({
  providerId: z.coerce.number({ error: 'Select the provider' }).int().positive('Select the provider'),
  specialism: z.enum(SPECIALISMS, { error: 'Select the specialist service' }),
});

/**
 * The countywide specialist list (docs/specification/allocation.md §5.17; HC20 ¶30; story BO9):
 * providers appointed for each specialism, open to any zone. Admins appoint and remove; each change
 * is audited (specialist.appoint, specialist.remove).
 */
export function specialistPages(services: Services) {
  const { db } = services;
  async function show(res: Response, form: { errors?: FieldErrors; values?: Record<string, string> } = {}) {
    const [list, providers] = await Promise.all([
      specialistList(db),
      db('providers').orderBy('name').select('id', 'name') as Promise<{ id: number; name: string }[]>,
    ]);
    const values = form.values ?? {};
    renderForm(
      res,
      'pages/admin/specialists.njk',
      {
        ...list,
        providerItems: choiceItems(
          providers.map((p) => ({ value: String(p.id), text: p.name })),
          values.providerId,
          { blank: 'Choose a provider' },
        ),
        specialismItems: choiceItems(SPECIALISMS, values.specialism, {
          blank: 'Choose a service',
          describe: label,
        }),
      },
      { errors: form.errors ?? {} },
    );
  }
  const change = (appointed: boolean) =>
    async function (req: { body: unknown }, res: Response, ctx: PageContext) {
      const body = req.body as FormBody;
      const values = { providerId: text(body, 'providerId'), specialism: text(body, 'specialism') };
      const form = check(AppointForm, values);
      if (!form.ok) return show(res, { errors: form.errors, values });
      await setSpecialist(commandContext(services, ctx.actor), { ...form.data, appointed });
      const what = `${label(form.data.specialism)} specialist list`;
      await redirectWithFlash(
        res,
        '/admin/specialists',
        appointed ? `Appointed to the ${what}` : `Removed from the ${what}`,
        '',
      );
    };
  return [
    definePage({
      method: 'get',
      path: '/admin/specialists',
      roles: ['admin'],
      async handler(_req, res) {
        await show(res);
      },
    }),
    definePage({ method: 'post', path: '/admin/specialists', roles: ['admin'], handler: change(true) }),
    definePage({
      method: 'post',
      path: '/admin/specialists/remove',
      roles: ['admin'],
      handler: change(false),
    }),
  ];
}
