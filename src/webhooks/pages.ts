import type { Response } from 'express';
import { NotFound } from '../errors';
import { WEBHOOK_EVENTS } from '../notifications/kinds';
import type { Services } from '../services';
import { choiceItems, list, text, type FieldErrors, type FormBody } from '../web/forms';
import { definePage, paramsOr404, type PageContext } from '../web/page';
import { redirectWithFlash, render, renderForm } from '../web/views';
import { registerEndpoint, removeEndpoint, replayDelivery } from './commands';
import { endpointDeliveries, endpointView, findEndpoint, listEndpoints } from './queries';
import { DeliveryParams, NewWebhookSchema, WebhookIdParams } from './schemas';
import { endpointUrlRefusal } from './url-policy';

type Db = Services['db'];
type Form = { errors?: FieldErrors; url?: string; events?: string[] };

/** The endpoints page, with the errors of a form that was refused. */
async function show(db: Db, res: Response, ctx: PageContext, form: Form = {}) {
  const endpoints = (await listEndpoints(db, ctx.user.providerId!)).map(endpointView);
  renderForm(
    res,
    'pages/notifications/webhooks.njk',
    {
      endpoints,
      url: form.url ?? '',
      eventItems: choiceItems(WEBHOOK_EVENTS, form.events ?? ['offer.created']),
    },
    { errors: form.errors ?? {}, anchors: { events: 'events' } },
  );
}

/** The user's provider's endpoint, or 404 (another provider's is not found either). */
async function ownEndpoint(db: Db, ctx: PageContext, id: number) {
  const endpoint = await findEndpoint(db, { providerId: ctx.user.providerId!, id });
  if (!endpoint) throw new NotFound('webhook-not-found', `No webhook endpoint ${id}.`);
  return endpoint;
}

/** The registration form's errors, by field, in words for the page. */
function formErrors(input: { url: string; events: string[] }, production: boolean): FieldErrors {
  const errors: FieldErrors = {};
  const refusal = input.url ? endpointUrlRefusal(input.url, { production }) : 'Enter the URL';
  if (refusal) errors.url = refusal === 'Enter the URL' ? refusal : `The URL ${refusal}`;
  if (input.events.length === 0) errors.events = 'Select at least one event';
  if (!NewWebhookSchema.safeParse(input).success && Object.keys(errors).length === 0)
    errors.url = 'Enter a URL of 2,048 characters or fewer';
  return errors;
}

/**
 * /my/webhooks, for provider users: the organisation's endpoints, registering one (its signing
 * secret is shown on the answer page, once), each endpoint's delivery log, and replaying a delivery.
 */
export function webhookPages({ db, clock, config }: Services) {
  const production = config.env === 'production';

  return [
    definePage({
      method: 'get',
      path: '/my/webhooks',
      roles: ['provider'],
      async handler(_req, res, ctx) {
        await show(db, res, ctx);
      },
    }),
    definePage({
      method: 'post',
      path: '/my/webhooks',
      roles: ['provider'],
      providerAdminOnly: true,
      async handler(req, res, ctx) {
        const body = req.body as FormBody;
        const input = { url: text(body, 'url').trim(), events: list(body, 'events') };
        const errors = formErrors(input, production);
        const parsed = NewWebhookSchema.safeParse(input);
        if (Object.keys(errors).length > 0 || !parsed.success)
          return show(db, res, ctx, { errors, ...input });
        const created = await registerEndpoint(db, {
          actor: ctx.actor,
          input: parsed.data,
          now: clock.now(),
          production,
        });
        render(res, 'pages/notifications/webhook-registered.njk', { endpoint: created });
      },
    }),
    definePage({
      method: 'get',
      path: '/my/webhooks/:id',
      roles: ['provider'],
      async handler(req, res, ctx) {
        const { id } = paramsOr404(WebhookIdParams, req.params);
        const endpoint = endpointView(await ownEndpoint(db, ctx, id));
        const deliveries = await endpointDeliveries(db, { endpointId: id, limit: 100 });
        render(res, 'pages/notifications/webhook.njk', { endpoint, deliveries });
      },
    }),
    definePage({
      method: 'post',
      path: '/my/webhooks/:id/remove',
      roles: ['provider'],
      providerAdminOnly: true,
      async handler(req, res, ctx) {
        const { id } = paramsOr404(WebhookIdParams, req.params);
        await removeEndpoint(db, { actor: ctx.actor, id, now: clock.now() });
        await redirectWithFlash(res, '/my/webhooks', 'Endpoint removed', 'Nothing more will be sent to it.');
      },
    }),
    definePage({
      method: 'post',
      path: '/my/webhooks/:id/deliveries/:deliveryId/replay',
      roles: ['provider'],
      async handler(req, res, ctx) {
        const { id, deliveryId } = paramsOr404(DeliveryParams, req.params);
        await replayDelivery(db, { actor: ctx.actor, id, deliveryId, now: clock.now() });
        await redirectWithFlash(
          res,
          `/my/webhooks/${id}`,
          `Delivery ${deliveryId} will be sent again`,
          'With the same webhook-id.',
        );
      },
    }),
  ];
}
