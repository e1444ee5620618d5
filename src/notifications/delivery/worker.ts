import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Knex } from 'knex';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { crashPoint } from '../../test-hooks';
import { nextAttempt } from './backoff';
import type { OutgoingMessage, Transport } from './outcome';
import { claimDue, markFailed, markSent } from './queries';

export interface DeliveryWorker {
  /** Deliver what is due soon (after a commit that wrote messages); runs never overlap in one instance. */
  kick(): void;
  /** Deliver every message due at `now` (the scheduled job, and tests); returns what this run did. */
  deliverDue(now: number): Promise<DeliveryRun>;
  /** Waits for a run in progress and takes no more kicks. */
  stop(): Promise<void>;
}

export interface DeliveryRun {
  sent: number;
  retrying: number;
  dead: number;
}

/** Transports by channel; a channel without one (email with neither Notify nor SMTP) is left in the outbox. */
export type Transports = Partial<Record<'email' | 'webhook', Transport>>;

const BATCH = 25;
const PARALLEL = 5;

/**
 * The delivery worker: claims due messages (each claimed once across instances, src/notifications/
 * delivery/queries.ts), sends each through its channel's transport, and records the outcome — sent,
 * retried later with backoff, or a dead letter after the retry period. A process killed mid-delivery
 * leaves its messages claimed; the lease runs out and another run sends them again, with the same
 * idempotency key.
 */
export function createDeliveryWorker(deps: {
  db: Knex;
  config: Config;
  now: () => number;
  logger: Logger;
  transports: Transports;
}): DeliveryWorker {
  const { db, config, logger, transports } = deps;
  const instance = `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const channels = (Object.keys(transports) as (keyof Transports)[]).filter((c) => transports[c]);
  let running: Promise<unknown> | null = null;
  let again = false;
  let stopped = false;
  let runs = 0;

  async function deliverOne(message: OutgoingMessage, claim: string): Promise<keyof DeliveryRun> {
    const now = deps.now();
    const outcome = await transports[message.channel]!.send(message, now);
    // A kill here (the crash proof) leaves the message sent but not marked: it is sent again later.
    crashPoint(config, 'delivery-mid');
    const at = deps.now();
    const base = {
      messageId: message.id,
      claim,
      at,
      latencyMs: outcome.latencyMs,
      responseStatus: outcome.responseStatus,
    };
    if (outcome.ok) {
      await markSent(db, { ...base, outcome: 'sent' });
      return 'sent';
    }
    const next = outcome.permanent
      ? ({ dead: true } as const)
      : nextAttempt({
          attempts: message.attempts,
          now: at,
          createdAt: message.createdAt,
          retryMs: config.notifications.retryHours * 3_600_000,
          random: Math.random,
        });
    const retryAt = 'dead' in next ? null : next.retryAt;
    await markFailed(db, { ...base, outcome: 'failed', error: outcome.error, retryAt });
    logger.warn(
      { messageId: message.id, kind: message.kind, error: outcome.error, retryAt },
      'delivery failed',
    );
    return retryAt === null ? 'dead' : 'retrying';
  }

  async function deliverDue(now: number): Promise<DeliveryRun> {
    const result: DeliveryRun = { sent: 0, retrying: 0, dead: 0 };
    for (;;) {
      runs += 1;
      const claim = `${instance}:${runs}`;
      const leaseMs = config.notifications.claimSeconds * 1_000;
      const claimed = await claimDue(db, { now, claim, leaseMs, channels, limit: BATCH });
      for (let i = 0; i < claimed.length; i += PARALLEL) {
        const outcomes = await Promise.all(claimed.slice(i, i + PARALLEL).map((m) => deliverOne(m, claim)));
        for (const o of outcomes) result[o] += 1;
      }
      if (claimed.length < BATCH) return result;
    }
  }

  function kick(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await deliverDue(deps.now());
      } while (again && !stopped);
    })()
      .catch((err: unknown) => logger.error({ err }, 'outbox delivery failed'))
      .finally(() => {
        running = null;
      });
  }

  return {
    kick,
    deliverDue,
    async stop() {
      stopped = true;
      await running;
      await Promise.all(channels.map((c) => transports[c]?.close?.()));
    },
  };
}
