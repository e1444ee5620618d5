import type { Response } from 'express';
import { z } from 'zod';
import { Conflict } from '../errors';
import type { Services } from '../services';
import { check, text, type FieldErrors, type FormBody } from '../web/forms';
import { definePage, paramsOr404, type PageContext } from '../web/page';
import { redirectWithFlash, renderForm } from '../web/views';
import { ROLES } from '../auth/roles';
import { addContact, listContacts, removeContact } from './contacts';
import { DELIVERIES, type Delivery } from './kinds';
import { preferencesOf, setPreferences } from './preferences';
import { NewContactSchema } from './schemas';

const DELIVERY_TEXT: Record<Delivery, string> = {
  immediate: 'Straight away',
  digest: 'In a daily summary',
  off: 'Do not send',
};

const ContactForm = z.object({ email: z.string().trim().min(1, 'Enter an email address') });
const ContactIdParams = z.object({ contactId: z.coerce.number().int().positive().max(2_147_483_647) });

type Form = { errors?: FieldErrors; email?: string };

/** The choices page, with the errors of a form that was refused. */
async function show(db: Services['db'], res: Response, ctx: PageContext, form: Form = {}) {
  const preferences = await preferencesOf(db, ctx.actor);
  const provider = ctx.user.providerId;
  renderForm(
    res,
    'pages/notifications/preferences.njk',
    {
      preferences: preferences.map((p) => ({
        ...p,
        items: DELIVERIES.map((d) => ({ value: d, text: DELIVERY_TEXT[d], checked: p.delivery === d })),
      })),
      contacts: provider === null ? null : await listContacts(db, ctx.actor, provider),
      email: form.email ?? '',
      hasEmail: Boolean(ctx.user.email),
    },
    { errors: form.errors ?? {} },
  );
}

/**
 * /my/notifications, for every signed-in user: how each kind of message reaches them (straight away,
 * in a daily summary, or not at all), and for a provider user its organisation's offer contacts.
 */
export function notificationPages({ db, clock }: Services) {
  return [
    definePage({
      method: 'get',
      path: '/my/notifications',
      roles: ROLES,
      async handler(_req, res, ctx) {
        await show(db, res, ctx);
      },
    }),
    definePage({
      method: 'post',
      path: '/my/notifications',
      roles: ROLES,
      async handler(req, res, ctx) {
        const body = req.body as FormBody;
        const kinds = (await preferencesOf(db, ctx.actor)).map((p) => p.kind);
        const choices = Object.fromEntries(
          kinds
            .map((kind) => [kind, text(body, `delivery-${kind}`)] as const)
            .filter(([, v]) => (DELIVERIES as readonly string[]).includes(v)),
        ) as Partial<Record<string, Delivery>>;
        await setPreferences(db, { actor: ctx.actor, choices, now: clock.now() });
        await redirectWithFlash(res, '/my/notifications', 'Your choices have been saved');
      },
    }),
    definePage({
      method: 'post',
      path: '/my/notifications/contacts',
      roles: ['provider'],
      providerAdminOnly: true,
      async handler(req, res, ctx) {
        const email = text(req.body as FormBody, 'email');
        const form = check(ContactForm, { email });
        const valid = form.ok
          ? check(NewContactSchema, form.data, undefined, {
              email: 'Enter an email address in the correct format, like name@example.com',
            })
          : form;
        if (!valid.ok) return show(db, res, ctx, { errors: valid.errors, email });
        try {
          await addContact(db, {
            actor: ctx.actor,
            providerId: ctx.user.providerId!,
            email: valid.data.email,
            now: clock.now(),
          });
        } catch (err) {
          if (err instanceof Conflict) return show(db, res, ctx, { errors: { email: err.message }, email });
          throw err;
        }
        await redirectWithFlash(res, '/my/notifications', `${valid.data.email} will hear of your offers`);
      },
    }),
    definePage({
      method: 'post',
      path: '/my/notifications/contacts/:contactId/remove',
      roles: ['provider'],
      providerAdminOnly: true,
      async handler(req, res, ctx) {
        const { contactId } = paramsOr404(ContactIdParams, req.params);
        await removeContact(db, {
          actor: ctx.actor,
          providerId: ctx.user.providerId!,
          contactId,
          now: clock.now(),
        });
        await redirectWithFlash(res, '/my/notifications', 'Contact removed');
      },
    }),
  ];
}
