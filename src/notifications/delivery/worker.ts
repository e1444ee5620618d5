import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Knex } from 'knex';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { crashPoint } from '../../test-hooks';
import { fanOutDue } from '../outbox/events';
import { payloadWithoutSecrets } from '../secrets';
import { nextAttempt } from './backoff';
import type { OutgoingMessage, Transport } from './outcome';
import { coalescing } from './coalesce';
import { claimDue, recordAttempts, type AttemptRecord } from './queries';

export interface DeliveryWorker {
  /** Deliver what is due soon (after a commit that wrote an event); runs never overlap in one instance. */
  kick(): void;
  /** Fan out waiting events, then deliver every message due at `now` (the scheduled job, and tests). */
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

/**
 * Messages claimed at once, and sent at most this many at a time (SMTP through its pool of connections).
 * 50 intakes a second make ~350 messages a second (docs/BENCHMARKS.md): 20 lanes and 5 SMTP connections
 * left delivery behind the intakes. A batch stays small enough that several instances share a burst, and
 * is two rounds of lanes, so a batch of slow receivers ends well within the claim's lease.
 */
const BATCH = 100;
const PARALLEL = 50;
/**
 * A kick runs this long after the commit that asked for it, so that the commits of a burst (intakes in
 * quick succession, a sweep opening several rounds) are fanned out together in one transaction instead
 * of each taking the database from the requests that follow; far inside the seconds an email may take.
 */
const KICK_DELAY_MS = 100;

interface WorkerDeps {
  db: Knex;
  config: Config;
  now: () => number;
  logger: Logger;
  transports: Transports;
}

/** Sends one claimed message through its channel; the attempt to record: sent, retried later or dead. */
async function attemptOne(deps: WorkerDeps, message: OutgoingMessage, claim: string): Promise<AttemptRecord> {
  const { config } = deps;
  const outcome = await deps.transports[message.channel]!.send(message, deps.now());
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
    return { ...base, outcome: 'sent', payloadAfter: payloadWithoutSecrets(message.kind, message.payload) };
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
  deps.logger.warn(
    { messageId: message.id, kind: message.kind, error: outcome.error, retryAt },
    'delivery failed',
  );
  return { ...base, outcome: 'failed', error: outcome.error, retryAt };
}

const resultOf = (attempt: AttemptRecord): keyof DeliveryRun =>
  attempt.outcome === 'sent' ? 'sent' : attempt.retryAt === null ? 'dead' : 'retrying';

/** Runs `work` on every item, at most `limit` at a time. */
async function eachWithin<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next]!;
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/**
 * Runs `work` KICK_DELAY_MS after a kick, never two at once: a kick during a run asks for one more run
 * after it. `stop` runs a kick still waiting (what was committed before the stop goes out), waits for
 * the run in progress and takes no more kicks.
 */
function kickScheduler(work: () => Promise<unknown>, logger: Logger) {
  let running: Promise<unknown> | null = null;
  let again = false;
  let delayed: NodeJS.Timeout | null = null;
  let stopped = false;

  function run(): void {
    running = (async () => {
      do {
        again = false;
        await work();
      } while (again && !stopped);
    })()
      .catch((err: unknown) => logger.error({ err }, 'outbox delivery failed'))
      .finally(() => {
        running = null;
      });
  }

  return {
    kick(): void {
      if (stopped) return;
      if (running) {
        again = true;
        return;
      }
      delayed ??= setTimeout(() => {
        delayed = null;
        run();
      }, KICK_DELAY_MS);
    },
    async stop(): Promise<void> {
      stopped = true;
      if (delayed) {
        clearTimeout(delayed);
        delayed = null;
        if (!running) run();
      }
      await running;
    },
  };
}

/**
 * The delivery worker: fans out the events waiting in the outbox (src/notifications/outbox/events.ts),
 * then claims due messages (each claimed once across instances, src/notifications/
 * delivery/queries.ts), sends each through its channel's transport, and records the outcome — sent,
 * retried later with backoff, or a dead letter after the retry period. A process killed mid-delivery
 * leaves its messages claimed; the lease runs out and another run sends them again, with the same
 * idempotency key.
 */
export function createDeliveryWorker(deps: WorkerDeps): DeliveryWorker {
  const { db, config, transports } = deps;
  const instance = `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const channels = (Object.keys(transports) as (keyof Transports)[]).filter((c) => transports[c]);
  let runs = 0;
  // Outcomes are recorded as they come, many to a transaction (one commit at a time, taking all waiting).
  const record = coalescing(async (attempts: AttemptRecord[]) => {
    await recordAttempts(db, attempts);
    return attempts;
  });

  /** Sends a claimed batch, PARALLEL at a time, recording each outcome as soon as it is known. */
  async function deliverBatch(claimed: OutgoingMessage[], claim: string, result: DeliveryRun) {
    const recorded: Promise<unknown>[] = [];
    // A failed recording is kept and thrown once the batch is done (its messages' leases run out and they
    // are sent again), never left as a rejection nobody handles while the other lanes still send.
    let failure: { err: unknown } | null = null;
    await eachWithin(claimed, PARALLEL, async (message) => {
      const attempt = await attemptOne(deps, message, claim);
      result[resultOf(attempt)] += 1;
      recorded.push(record(attempt).catch((err: unknown) => (failure ??= { err })));
    });
    await Promise.all(recorded);
    if (failure) throw (failure as { err: unknown }).err;
  }

  async function deliverDue(now: number): Promise<DeliveryRun> {
    const result: DeliveryRun = { sent: 0, retrying: 0, dead: 0 };
    // The events committed since the last run become their recipients' messages first.
    await fanOutDue(db, now, config);
    for (;;) {
      runs += 1;
      const claim = `${instance}:${runs}`;
      const leaseMs = config.notifications.claimSeconds * 1_000;
      const claimed = await claimDue(db, { now, claim, leaseMs, channels, limit: BATCH });
      await deliverBatch(claimed, claim, result);
      if (claimed.length < BATCH) return result;
    }
  }

  const scheduler = kickScheduler(() => deliverDue(deps.now()), deps.logger);
  return {
    kick: scheduler.kick,
    deliverDue,
    async stop() {
      await scheduler.stop();
      await Promise.all(channels.map((c) => transports[c]?.close?.()));
    },
  };
}
