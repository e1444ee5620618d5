/**
 * How soon offer emails and webhooks leave after an intake (docs/BENCHMARKS.md, issue 22's target: p99 ≤ 5 s
 * at 50 intakes/s sustained). Three processes, as in service: the project's app on a fresh database
 * (SQLite, or PostgreSQL with DATABASE_URL) with the demo framework and every provider's webhook registered
 * (lib/notification-service-child.ts); intakes open loop at a fixed rate (lib/open-loop-child.ts); and this
 * one, running a real SMTP server and a webhook receiver on loopback (test/notifications/servers.ts). Each
 * offer's email and webhook is traced by its Message-ID / webhook-id (the outbox's idempotency key, which
 * names the offer) to its package and so to its intake; its delay is its arrival at the SMTP server or the
 * receiver less the instant the intake's answer was read. Then the outbox is left to empty (two minutes
 * at most); a message that never arrived counts as not delivered, one that arrived twice as a duplicate.
 *
 *   npx tsx bench/notification-latency.ts [--rate 50] [--duration 30] [--no-delivery] [--profile DIR]
 *   DATABASE_URL=postgres://… npx tsx bench/notification-latency.ts [--rate 50] [--duration 30]
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { percentileOfSorted } from '../src/performance/kpis/percentiles';
import { startHttpSink, startSmtpSink } from '../test/notifications/servers';
import { benchPlaces, intakeBody } from './lib/intake-body';
import type { ServiceReport, ServiceRequest, ServiceStarted } from './lib/notification-service-child';
import type { OpenLoopPlan, OpenLoopResult } from './lib/open-loop-child';

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '50' },
    duration: { type: 'string', default: '30' },
    // The intakes alone (nothing delivered), to see what delivery costs the service.
    'no-delivery': { type: 'boolean', default: false },
    // A V8 CPU profile of the service's process, written to this folder.
    profile: { type: 'string' },
  },
});
const RATE = Number(values.rate);
const DURATION = Number(values.duration);
const DRAIN_MS = 120_000;
const STALL_MS = 15_000;

const forkChild = (file: string, profileDir?: string) =>
  fork(path.join(import.meta.dirname, 'lib', file), [], {
    execArgv: ['--import', 'tsx', ...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });

/** Sends one request to a child and waits for its one answer. */
function ask<T>(child: ChildProcess, request: object): Promise<T> {
  return new Promise((resolve, reject) => {
    const exited = (code: number | null) => reject(new Error(`child exited with ${code}`));
    child.once('exit', exited);
    child.once('message', (m) => {
      child.off('exit', exited);
      resolve(m as T);
    });
    child.send(request);
  });
}

const askService = <T>(child: ChildProcess, request: ServiceRequest) => ask<T>(child, request);

/** The offer a message names: '<hcfl.offer.created.c.<offer>.<contact>@…>' or 'offer.created:w:<offer>:<endpoint>'. */
const OFFER_OF = { email: /^<hcfl\.offer\.created\.c\.(\d+)\./, webhook: /^offer\.created:w:(\d+):/ };

interface Arrival {
  key: string;
  offerId: number;
  at: number;
}

/** The SMTP server and the receiver, each recording when every offer message arrived. */
async function startSinks() {
  const [smtp, receiver] = await Promise.all([startSmtpSink(), startHttpSink()]);
  const webhooks: Arrival[] = [];
  receiver.respond = (request) => {
    const key = String(request.headers['webhook-id']);
    const offer = OFFER_OF.webhook.exec(key);
    if (offer) webhooks.push({ key, offerId: Number(offer[1]), at: Date.now() });
    return { status: 204 };
  };
  const emails = (): Arrival[] =>
    smtp.mails.flatMap((m) => {
      const offer = OFFER_OF.email.exec(m.messageId);
      return offer ? [{ key: m.messageId, offerId: Number(offer[1]), at: m.receivedAt }] : [];
    });
  return {
    smtp,
    receiver,
    arrivals: { email: emails, webhook: () => webhooks },
    close: () => Promise.all([smtp.close(), receiver.close()]),
  };
}

const waiting = (report: ServiceReport) =>
  report.eventsWaiting +
  report.messages
    .filter((m) => m.status === 'pending' || m.status === 'sending')
    .reduce((n, m) => n + m.n, 0);

/** Waits until the outbox holds nothing waiting or being sent, or DRAIN_MS has passed, or STALL_MS without progress. */
async function drained(service: ChildProcess): Promise<ServiceReport> {
  const started = Date.now();
  let last = { waiting: -1, at: started };
  for (;;) {
    const report = await askService<ServiceReport>(service, { type: 'report' });
    const now = Date.now();
    if (waiting(report) !== last.waiting) last = { waiting: waiting(report), at: now };
    if (last.waiting === 0 || now - started > DRAIN_MS || now - last.at > STALL_MS) return report;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** Delays in seconds of one channel's offer messages, from each intake's answer; and what did not arrive. */
function summary(
  channel: 'email' | 'webhook',
  trace: { arrivals: Arrival[]; report: ServiceReport; answeredAt: Map<number, number> },
) {
  const packageOf = new Map(trace.report.offers.map((o) => [o.id, o.packageId]));
  const written = trace.report.messages.filter((m) => m.channel === channel).reduce((n, m) => n + m.n, 0);
  // A message that arrived twice is timed by its first arrival.
  const first = new Map<string, Arrival>();
  for (const arrival of trace.arrivals) if (!first.has(arrival.key)) first.set(arrival.key, arrival);
  const duplicates = trace.arrivals.length - first.size;
  const delays: number[] = [];
  for (const arrival of first.values()) {
    const answered = trace.answeredAt.get(packageOf.get(arrival.offerId) ?? -1);
    if (answered !== undefined) delays.push((arrival.at - answered) / 1000);
  }
  delays.sort((a, b) => a - b);
  const at = (q: number) => (delays.length ? percentileOfSorted(delays, q)!.toFixed(2) : '–');
  return (
    `${channel}: ${first.size}/${written} delivered (${duplicates} twice), delay after the intake's answer ` +
    `p50 ${at(0.5)} s, p95 ${at(0.95)} s, p99 ${at(0.99)} s, max ${at(1)} s`
  );
}

async function main() {
  const sinks = await startSinks();
  const service = forkChild('notification-service-child.ts', values.profile);
  try {
    const started = await askService<ServiceStarted>(service, {
      type: 'start',
      smtpUrl: sinks.smtp.url,
      webhookUrl: `${sinks.receiver.url}/offers`,
      env: values['no-delivery'] ? { OUTBOX_DELIVER_AFTER_COMMIT: 'false' } : {},
    });
    const places = benchPlaces();
    const plan: OpenLoopPlan = {
      url: started.url,
      method: 'POST',
      paths: ['/packages'],
      bodies: places.map((p, i) => JSON.stringify(intakeBody(p, `NOTE-${i}`))),
      headers: { authorization: started.officer },
      rate: RATE,
      duration: DURATION,
      arrivals: 'even',
      seed: 20211101,
      answers: true,
    };
    const before = await askService<ServiceReport>(service, { type: 'report' });
    const load = await ask<OpenLoopResult>(forkChild('open-loop-child.ts'), plan);
    const report = await drained(service);
    const answeredAt = new Map((load.answers ?? []).map((a) => [Number(a.id), a.at]));
    console.log(
      `${started.engine}: ${load.answered}/${load.sent} intakes at ${RATE}/s for ${DURATION} s ` +
        `(intake p50 ${load.latencyMs.p50} ms, p99 ${load.latencyMs.p99} ms), ${report.offers.length} offers, ` +
        `${started.webhooks} providers with a webhook; still waiting after the drain: ${waiting(report)}`,
    );
    const cpuMs = report.cpuMs - before.cpuMs;
    console.log(
      `- the service's CPU time (both threads) from the first intake until the outbox was empty: ` +
        `${(cpuMs / 1000).toFixed(1)} s, ${(cpuMs / load.sent).toFixed(1)} ms per intake with its messages`,
    );
    for (const channel of ['email', 'webhook'] as const)
      console.log(`- ${summary(channel, { arrivals: sinks.arrivals[channel](), report, answeredAt })}`);
    const exited = new Promise((resolve) => service.once('exit', resolve));
    await askService(service, { type: 'stop' });
    await exited;
  } finally {
    service.kill();
    await sinks.close();
  }
}

await main();
