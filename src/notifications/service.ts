import type { Knex } from 'knex';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { webhookSender } from '../webhooks/send';
import { webhookTransport } from '../webhooks/transport';
import { createDeliveryWorker, type DeliveryWorker, type Transports } from './delivery/worker';
import { notifyTransport } from './email/notify';
import { smtpTransport } from './email/smtp';
import { setOutboxWaker } from './wake';
import { setZoneFacts } from './zone-names';
import type { ZoneFactsService } from '../zones/facts';

/** Email waits this long for Notify or the SMTP relay before the attempt counts as failed. */
const EMAIL_TIMEOUT_MS = 15_000;

/**
 * The outbox's delivery worker with its transports, from configuration: email through GOV.UK Notify
 * or SMTP (or not at all: the messages stay in the outbox for /admin/outbox), webhooks always.
 */
export function buildOutbox(deps: {
  db: Knex;
  config: Config;
  clock: Clock;
  logger: Logger;
  zoneFacts: ZoneFactsService;
}): DeliveryWorker {
  const { db, config } = deps;
  const n = config.notifications;
  const production = config.env === 'production';
  const transports: Transports = {
    webhook: webhookTransport({
      db,
      sender: webhookSender({ production, ...n.webhook }),
      baseUrl: n.publicBaseUrl,
      disableAfterMs: n.webhook.disableAfterHours * 3_600_000,
    }),
  };
  const email = n.email;
  if (email.kind === 'smtp') {
    transports.email = smtpTransport({
      url: email.url,
      from: email.from,
      baseUrl: n.publicBaseUrl,
      timeoutMs: EMAIL_TIMEOUT_MS,
      verifyTls: production,
    });
  } else if (email.kind === 'notify') {
    transports.email = notifyTransport({
      ...email,
      publicBaseUrl: n.publicBaseUrl,
      timeoutMs: EMAIL_TIMEOUT_MS,
    });
  }
  const worker = createDeliveryWorker({
    db,
    config,
    now: () => deps.clock.now(),
    logger: deps.logger,
    transports,
  });
  setZoneFacts(db, deps.zoneFacts);
  if (n.deliverAfterCommit) setOutboxWaker(db, worker.kick);
  return worker;
}
