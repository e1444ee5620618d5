/**
 * The slower rhythms of a simulated year: providers declaring capacity, monitoring visits and
 * complaints, earlier packages ending, the service's scheduled jobs (score snapshots, role
 * reviews, retention) and the admin's decisions on review flags, and a daily reading of the queue.
 */
import { addDays, londonDate, londonMidnight } from '../../calendar/dates';
import { divideRounded } from '../../pricing/money';
import { DomainError } from '../../errors';
import { scheduledJobs } from '../../jobs';
import { confirmFlag, dismissFlag } from '../../performance/reviews/flags';
import type { DecisionReason } from '../../performance/reviews/model';
import { recordEvidence } from '../../performance/evidence/record';
import { declareCapacity } from '../../providers/declare-capacity';
import { complaintsPerYear, visitScore } from '../providers/behaviour';
import { free, releaseHeld } from '../providers/ledger';
import { exponential, substream } from '../random';
import type { Sim, SimEvent } from './context';
import { nextCronTime } from './cron';
import { commandAt } from './handlers';

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
/** Monitoring visits: about one a quarter per provider (CHQ21 ¶24–27 describe monthly reviews and risk-based visits). */
const VISIT_EVERY_DAYS = 91;

/**
 * Jobs the simulator runs on their cron schedules; the sweep runs at each window's close instead
 * (track.ts), and nothing is delivered (a simulated year has no mail relay or webhook receivers).
 */
export function simulatedJobs(sim: Sim) {
  return scheduledJobs(sim.policy.config).filter(
    (job) => job.name !== 'brokerage-sweep' && job.name !== 'outbox-delivery',
  );
}

export function scheduleBackground(sim: Sim): void {
  for (const job of simulatedJobs(sim))
    sim.queue.push(nextCronTime(job.schedule, sim.start), { kind: 'job', name: job.name });
  for (const [providerId, profile] of sim.profiles) {
    sim.queue.push(sim.start + profile.declarePhaseDays * DAY + 10 * 3_600_000, {
      kind: 'declare',
      providerId,
    });
    const random = substream(sim.seed, `evidence|${providerId}`);
    sim.queue.push(sim.start + Math.floor(random() * VISIT_EVERY_DAYS) * DAY + 11 * 3_600_000, {
      kind: 'evidence',
      providerId,
      evidence: 'monitoring-visit',
    });
    const rates = complaintsPerYear(profile);
    for (const [kind, perYear] of [
      ['upheld-complaint', rates.complaints],
      ['safeguarding-concern', rates.safeguarding],
    ] as const) {
      for (
        let t = sim.start + exponential(random, YEAR / perYear);
        t < sim.end;
        t += exponential(random, YEAR / perYear)
      ) {
        sim.queue.push(Math.round(t), { kind: 'evidence', providerId, evidence: kind });
      }
    }
  }
  // A reading at each midnight in England, the last one at the end of the run.
  const first = londonDate(sim.start);
  for (let i = 0, t = sim.start; t <= sim.end; i++, t = londonMidnight(addDays(first, i)))
    sim.queue.push(t, { kind: 'day' });
}

/**
 * A provider looks at its capacity on its own cadence and declares, in each zone, what it really
 * has free (rounded down to quarter hours) when that differs by two hours or more from what the
 * service believes, or when its last declaration is about to go stale.
 */
export async function declare(sim: Sim, providerId: number, now: number): Promise<void> {
  const actor = sim.world.providerActors.get(providerId)!;
  const staleDays = sim.policy.config.allocation.capacityStaleDays;
  for (const entry of sim.ledger.entries(providerId)) {
    const minutes = Math.floor(Math.max(0, free(entry)) / 15) * 15;
    const dueStale = now - entry.declaredAt >= (staleDays - 1) * DAY;
    if (Math.abs(minutes - entry.serviceViewMinutes) < 120 && !dueStale) continue;
    await declareCapacity(commandAt(sim, actor, now), providerId, {
      zoneId: entry.zoneId,
      weeklyHours: minutes / 60,
    });
    entry.serviceViewMinutes = minutes;
    entry.declaredAt = now;
    sim.counters.declarations += 1;
  }
  sim.queue.push(now + sim.profiles.get(providerId)!.declareEveryDays * DAY, { kind: 'declare', providerId });
}

export async function evidence(
  sim: Sim,
  event: Extract<SimEvent, { kind: 'evidence' }>,
  now: number,
): Promise<void> {
  const profile = sim.profiles.get(event.providerId)!;
  const occurredOn = londonDate(now);
  const random = substream(sim.seed, `evidence|${event.providerId}|${now}`);
  if (event.evidence === 'monitoring-visit') {
    const score = visitScore(profile, random);
    const rag = score < 50 ? 'red' : score < 70 ? 'amber' : 'green';
    await recordEvidence({ db: sim.services.db, actor: sim.world.admin, now }, event.providerId, {
      kind: 'monitoring-visit',
      occurredOn,
      score,
      rag,
    });
    sim.queue.push(now + VISIT_EVERY_DAYS * DAY, event);
  } else {
    await recordEvidence({ db: sim.services.db, actor: sim.world.admin, now }, event.providerId, {
      kind: event.evidence,
      occurredOn,
    });
  }
  sim.counters.evidence += 1;
}

export function legacyEnd(sim: Sim, event: Extract<SimEvent, { kind: 'legacy-end' }>): void {
  releaseHeld(event.branch, event.minutes);
  sim.legacyHours -= event.minutes / 60;
}

export async function runJob(sim: Sim, name: string, now: number): Promise<void> {
  const job = simulatedJobs(sim).find((j) => j.name === name)!;
  await job.run(sim.services, now);
  if (name === 'score-recompute') sim.counters.scoreRuns += 1;
  if (name === 'role-review') await decideFlags(sim, now);
  sim.queue.push(nextCronTime(job.schedule, now + 60_000), { kind: 'job', name });
}

/** What the simulated commissioner records with each decision. */
const decision = (reason: DecisionReason, comment: string) => ({
  reason,
  evidence: "the flag's monthly scores",
  comment,
});

/**
 * The simulated commissioner decides each open review flag as the policy says. A demotion that would
 * leave a zone below its minimum primes is refused by the service
 * (docs/specification/providers-and-framework.md §4.5) and dismissed.
 */
async function decideFlags(sim: Sim, now: number): Promise<void> {
  if (sim.policy.reviewDecision === 'leave-open') return;
  const { db, zoneFacts } = sim.services;
  const commissioner = { db, zoneFacts, actor: sim.world.commissioner, now };
  const open: { id: number }[] = await db('role_review_flags')
    .where({ status: 'open' })
    .orderBy('id')
    .select('id');
  for (const { id } of open) {
    if (sim.policy.reviewDecision === 'dismiss') {
      await dismissFlag(commissioner, id, decision('commissioning-decision', 'simulation policy: dismiss'));
      sim.counters.reviewFlags.dismissed += 1;
      continue;
    }
    try {
      const confirm = decision('performance-confirmed', 'sustained over the review period');
      await confirmFlag(commissioner, id, { ...confirm, acknowledgeBelowMinPrimes: false });
      sim.counters.reviewFlags.confirmed += 1;
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      await dismissFlag(
        commissioner,
        id,
        decision('zone-coverage', 'the zone would fall below its minimum primes'),
      );
      sim.counters.reviewFlags.dismissed += 1;
    }
  }
}

/** One reading a day of the queue and of placed hours and their cost at the rates frozen on each package. */
export async function sampleDay(sim: Sim, now: number): Promise<void> {
  const rows: { status: string; n: number; minutes: number | null; pence_minutes: number | null }[] =
    await sim.services
      .db('packages')
      .groupBy('status')
      .select(
        'status',
        sim.services.db.raw('count(*) as n'),
        sim.services.db.raw('sum(weekly_minutes) as minutes'),
        sim.services.db.raw('sum(weekly_minutes * hourly_rate_pence) as pence_minutes'),
      );
  const of = (statuses: string[]) => rows.filter((r) => statuses.includes(r.status));
  const sum = (list: typeof rows, f: (r: (typeof rows)[number]) => number) =>
    list.reduce((s, r) => s + f(r), 0);
  const waiting = of(['brokering', 'unplaced']);
  const unplaced = of(['unplaced']);
  const placed = of(['awarded', 'active']);
  sim.timeline.push({
    date: londonDate(now),
    waitingPackages: sum(waiting, (r) => Number(r.n)),
    waitingHours: sum(waiting, (r) => Number(r.minutes ?? 0)) / 60,
    unplacedPackages: sum(unplaced, (r) => Number(r.n)),
    unplacedHours: sum(unplaced, (r) => Number(r.minutes ?? 0)) / 60,
    placedPackages: sum(placed, (r) => Number(r.n)),
    placedHours: sum(placed, (r) => Number(r.minutes ?? 0)) / 60,
    placedWeeklyPence: divideRounded(
      sum(placed, (r) => Number(r.pence_minutes ?? 0)),
      60,
    ),
    legacyHours: Math.round(sim.legacyHours * 100) / 100,
  });
}
