/**
 * A fixed-rate load in its own process, open loop: request i is sent at its scheduled time whether
 * or not earlier ones have been answered, and its latency is counted from that time, so a slow
 * server cannot slow the load down and hide its queue (autocannon's rate limit waits for a free
 * connection instead, and starts every connection's requests in step: ten connections at 200/s
 * send bursts of ten every 50 ms). Arrivals are evenly spaced or, as from many officers working
 * independently, Poisson (seeded). Receives a plan over IPC, answers with the latencies.
 */
import http from 'node:http';
import { exponential, mulberry32 } from '../../src/simulation/random';
import { percentileOfSorted } from '../../src/performance/kpis/percentiles';

export interface OpenLoopPlan {
  url: string;
  method: 'GET' | 'POST';
  /** Cycled through, one per request. */
  paths: string[];
  bodies: string[] | null;
  headers: Record<string, string>;
  rate: number;
  duration: number;
  arrivals: 'even' | 'poisson';
  seed: number;
  /** Also return each 2xx answer's `id` (its JSON body's) and the wall-clock instant it ended. */
  answers?: boolean;
}

export interface OpenLoopResult {
  sent: number;
  /** Answered with a 2xx; the others failed or were refused. */
  answered: number;
  /** Answered requests per second over the run. */
  throughput: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  /** With `plan.answers`: epoch ms (fractional) at which each answer's body was read, and its `id`. */
  answers?: { id: unknown; at: number }[];
}

function schedule(plan: OpenLoopPlan): number[] {
  const random = mulberry32(plan.seed);
  const times: number[] = [];
  const end = plan.duration * 1000;
  for (let t = 0, i = 0; t < end; i += 1) {
    times.push(t);
    t = plan.arrivals === 'even' ? (i + 1) * (1000 / plan.rate) : t + exponential(random, 1000 / plan.rate);
  }
  return times;
}

async function run(plan: OpenLoopPlan): Promise<OpenLoopResult> {
  const target = new URL(plan.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const times = schedule(plan);
  const latencies: number[] = [];
  const answers: { id: unknown; at: number }[] = [];
  const send = (i: number, scheduledAt: number) =>
    new Promise<void>((resolve) => {
      const body = plan.bodies ? plan.bodies[i % plan.bodies.length]! : null;
      const done = (ok: boolean) => {
        if (ok) latencies.push(performance.now() - scheduledAt);
        resolve();
      };
      const request = http.request(
        {
          host: target.hostname,
          port: target.port,
          method: plan.method,
          path: plan.paths[i % plan.paths.length],
          agent,
          headers: {
            ...plan.headers,
            ...(body
              ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
              : {}),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (c: Buffer) => (plan.answers ? chunks.push(c) : undefined));
          response.once('end', () => {
            const ok = (response.statusCode ?? 500) < 300;
            if (ok && plan.answers) {
              const at = performance.timeOrigin + performance.now();
              answers.push({ id: (JSON.parse(Buffer.concat(chunks).toString()) as { id: unknown }).id, at });
            }
            done(ok);
          });
        },
      );
      request.once('error', () => done(false));
      request.end(body ?? undefined);
    });
  const pending: Promise<void>[] = [];
  const start = performance.now();
  let next = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now() - start;
      while (next < times.length && times[next]! <= now) {
        pending.push(send(next, start + times[next]!));
        next += 1;
      }
      if (next < times.length) setTimeout(tick, Math.max(0, times[next]! - (performance.now() - start)));
      else resolve();
    };
    tick();
  });
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (f: number) => Math.round((percentileOfSorted(latencies, f) ?? 0) * 10) / 10;
  return {
    sent: times.length,
    answered: latencies.length,
    throughput: latencies.length / elapsed,
    latencyMs: { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: at(1) },
    ...(plan.answers ? { answers } : {}),
  };
}

process.once('message', async (plan: OpenLoopPlan) => {
  if (!plan.url.startsWith('http://127.0.0.1:')) throw new Error('loopback only');
  const result = await run(plan);
  process.send!(result, () => process.exit(0));
});
