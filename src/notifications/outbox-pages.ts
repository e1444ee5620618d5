import { z } from 'zod';
import { NotFound } from '../errors';
import type { Services } from '../services';
import { choiceItems } from '../web/forms';
import { definePage, paramsOr404 } from '../web/page';
import { redirectWithFlash, render } from '../web/views';
import { countByStatus, listMessages, messageDetail, MESSAGE_STATUSES } from './outbox/admin';
import { requeueMessage } from './outbox/requeue';

const Filter = z.object({
  status: z.enum(MESSAGE_STATUSES).optional().catch(undefined),
  channel: z.enum(['email', 'webhook']).optional().catch(undefined),
});
const MessageParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/**
 * /admin/outbox: every email and webhook delivery with its state — the local mail viewer when the
 * service has neither GOV.UK Notify nor SMTP configured — each message's text as it is sent, and
 * re-sending a dead letter.
 */
export function outboxPages({ db, clock, config }: Services) {
  const baseUrl = config.notifications.publicBaseUrl;
  return [
    definePage({
      method: 'get',
      path: '/admin/outbox',
      roles: ['admin'],
      async handler(req, res) {
        const filter = Filter.parse(req.query);
        const [messages, counts] = await Promise.all([
          listMessages(db, { ...filter, limit: 200 }),
          countByStatus(db),
        ]);
        render(res, 'pages/notifications/outbox.njk', {
          messages,
          counts,
          filter,
          emailTransport: config.notifications.email.kind,
          statusItems: choiceItems(MESSAGE_STATUSES, filter.status, { blank: 'Any status' }),
          channelItems: choiceItems(['email', 'webhook'], filter.channel, { blank: 'Email and webhooks' }),
        });
      },
    }),
    definePage({
      method: 'get',
      path: '/admin/outbox/:id',
      roles: ['admin'],
      async handler(req, res) {
        const { id } = paramsOr404(MessageParams, req.params);
        const message = await messageDetail(db, id, baseUrl);
        if (!message) throw new NotFound('message-not-found', `No message ${id}.`);
        render(res, 'pages/notifications/outbox-message.njk', { message });
      },
    }),
    definePage({
      method: 'post',
      path: '/admin/outbox/:id/resend',
      roles: ['admin'],
      async handler(req, res, { actor }) {
        const { id } = paramsOr404(MessageParams, req.params);
        if (!(await messageDetail(db, id, baseUrl)))
          throw new NotFound('message-not-found', `No message ${id}.`);
        await db.transaction((trx) =>
          requeueMessage(trx, { messageId: id, actor, now: clock.now(), action: 'outbox.resend' }),
        );
        await redirectWithFlash(res, `/admin/outbox/${id}`, `Message ${id} will be sent again`);
      },
    }),
  ];
}
