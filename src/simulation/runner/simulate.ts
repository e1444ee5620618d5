/**
 * Runs one policy on one demand through the real service: a fresh SQLite file, the demo framework,
 * the allocation engine, lifecycle commands, capacity declarations, quality evidence and the
 * scheduled jobs, all at instants set by a manual clock. Events are processed in time order; the
 * brokerage sweep runs at the first tick of its schedule after each offer window closes, which is
 * what the every-minute job would do, without a million empty sweeps a year.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { manualClock } from '../../clock';
import { connect, type Db } from '../../db/connect';
import { createLogger } from '../../logger';
import { buildServices } from '../../services';
import type { Locator } from '../../zones/locator';
import type { Demand } from '../demand/generator';
import type { ResolvedPolicy } from '../policy';
import { buildProfile, SPARE_CAPACITY_SHARE } from '../providers/behaviour';
import { CapacityLedger } from '../providers/ledger';
import { substream, weightedPick } from '../random';
import { declare, evidence, legacyEnd, runJob, sampleDay, scheduleBackground } from './background';
import { emptyCounters, type Sim, type SimEvent } from './context';
import { arrive, cancelCheck, endCare, officerStep, respond, startCare, sweep } from './handlers';
import { decideNotice, giveBack, rebrokerDue } from './hand-backs';
import { EventQueue } from './queue';
import { buildWorld, type World } from './world';

export interface SimulationOptions {
  demand: Demand;
  policy: ResolvedPolicy;
  /** Shared between runs: loading geo/ takes about half a second. */
  locator?: Locator;
  /** Copy the simulation's database here when done, for inspection. */
  keepDatabaseAs?: string;
  /** Called about once per simulated week. */
  onProgress?: (weeksDone: number, weeksTotal: number) => void;
  /** Filled with the time and database queries spent on each kind of event (bench/simulation.ts). */
  profile?: Profile;
}

export interface Profile {
  queries: number;
  byEvent: Record<string, { events: number; ms: number; queries: number }>;
  /** When present, filled with how often each SQL text ran and its time to answer, per kind of event. */
  statements?: Map<string, Map<string, { n: number; ms: number }>>;
}

/** The kind of event a profile files its figures under: jobs by name. */
const profileKey = (event: SimEvent) => (event.kind === 'job' ? `job:${event.name}` : event.kind);

/**
 * The simulation's database is a throw-away file with one connection (the pool holds one): nothing
 * waits for the disk at a commit, the connection keeps its lock instead of taking and releasing it
 * around every statement, the rollback journal (commands refused mid-transaction roll back) stays
 * in memory instead of a write-ahead log beside the file, sorts stay in memory, and the page cache
 * holds the whole year the nightly jobs read (256 MB at most). None of this changes a result.
 */
const SIMULATION_PRAGMAS = [
  'synchronous = OFF',
  'locking_mode = EXCLUSIVE',
  'journal_mode = MEMORY',
  'temp_store = MEMORY',
  'cache_size = -262144',
];

/** Whatever the results need from a finished run; the database is open until `collect` returns. */
export async function runSimulation<T>(
  options: SimulationOptions,
  collect: (sim: Sim) => Promise<T>,
): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hcfl-simulation-'));
  const file = path.join(dir, 'simulation.sqlite');
  const db = connect({ client: 'sqlite3', file });
  try {
    for (const pragma of SIMULATION_PRAGMAS) await db.raw(`PRAGMA ${pragma}`);
    const sim = await prepare(db, options);
    const current = { key: 'set-up' };
    if (options.profile) countQueries(db, options.profile, current);
    await runEvents(sim, options.onProgress, options.profile, current);
    const result = await collect(sim);
    // Every commit is in the file itself (no write-ahead log): it can be copied as it is.
    if (options.keepDatabaseAs) {
      fs.copyFileSync(file, options.keepDatabaseAs);
    }
    return result;
  } finally {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function countQueries(db: Db, profile: Profile, current: { key: string }): void {
  const { statements } = profile;
  const started = new Map<string, { sql: string; at: number }>();
  db.on('query', (query: { sql: string; __knexQueryUid: string }) => {
    profile.queries += 1;
    if (statements) started.set(query.__knexQueryUid, { sql: query.sql, at: performance.now() });
  });
  if (!statements) return;
  const finished = (_: unknown, query: { __knexQueryUid: string }) => {
    const start = started.get(query.__knexQueryUid);
    if (!start) return;
    started.delete(query.__knexQueryUid);
    const byText = statements.get(current.key) ?? new Map<string, { n: number; ms: number }>();
    statements.set(current.key, byText);
    const entry = byText.get(start.sql) ?? { n: 0, ms: 0 };
    byText.set(start.sql, entry);
    entry.n += 1;
    entry.ms += performance.now() - start.at;
  };
  db.on('query-response', finished);
  db.on('query-error', finished);
}

async function prepare(db: Db, options: SimulationOptions): Promise<Sim> {
  const { demand, policy } = options;
  const clock = manualClock(demand.start);
  const services = buildServices({
    db,
    config: policy.config,
    clock,
    logger: createLogger('silent'),
    locator: options.locator,
  });
  const world = await buildWorld(services, policy, demand.start);
  const profiles = new Map(
    world.providers.map((p) => [
      p.id,
      buildProfile(p.id, p.tenderScore, substream(demand.seed, `provider|${p.id}`)),
    ]),
  );
  const sim: Sim = {
    services,
    policy,
    world,
    seed: demand.seed,
    start: demand.start,
    end: demand.end,
    queue: new EventQueue<SimEvent>(),
    ledger: new CapacityLedger(),
    profiles,
    packages: new Map(),
    sweepTimes: new Set(),
    legacyHours: 0,
    baselineWeeklyHours: demand.parameters.standingWeeklyHours,
    counters: emptyCounters(),
    timeline: [],
    setClock: (at) => clock.set(at),
  };
  assignLegacy(sim, demand, world);
  for (const request of demand.requests)
    if (request.at < demand.end) sim.queue.push(request.at, { kind: 'arrive', request });
  scheduleBackground(sim);
  return sim;
}

/**
 * The packages in care at the start are spread over each zone's members in proportion to the hours
 * they declared free (a bigger branch holds more). Each member's workforce is what it holds plus
 * what it can really take on, a share of what it declared (SPARE_CAPACITY_SHARE): declarations made
 * for the tender overstate capacity until providers declare again (HC21 ¶23, ¶26).
 */
function assignLegacy(sim: Sim, demand: Demand, world: World): void {
  const random = substream(demand.seed, 'legacy|providers');
  const held = new Map<string, number>();
  const picks = demand.legacy.map((legacy) => {
    const members = world.memberships.filter((m) => m.zoneId === legacy.zoneId);
    const m = weightedPick(random, members, (x) => x.declaredMinutes + 60);
    const key = `${m.providerId}|${m.zoneId}`;
    held.set(key, (held.get(key) ?? 0) + Math.round(legacy.weeklyHours * 60));
    return { legacy, key };
  });
  for (const m of world.memberships) {
    const h = held.get(`${m.providerId}|${m.zoneId}`) ?? 0;
    const spare = Math.round(m.declaredMinutes * SPARE_CAPACITY_SHARE);
    sim.ledger.add(m.providerId, m.zoneId, {
      workforceMinutes: spare + h,
      heldMinutes: h,
      declaredMinutes: m.declaredMinutes,
      declaredAt: m.declaredAt,
    });
  }
  picks.forEach(({ legacy, key }) => {
    sim.legacyHours += legacy.weeklyHours;
    const [providerId, zoneId] = key.split('|') as [string, string];
    const branch = sim.ledger.branchFor(Number(providerId), zoneId)!;
    if (legacy.endsAt < demand.end) {
      sim.queue.push(legacy.endsAt, {
        kind: 'legacy-end',
        branch,
        minutes: Math.round(legacy.weeklyHours * 60),
      });
    }
  });
}

async function runEvents(
  sim: Sim,
  onProgress: SimulationOptions['onProgress'],
  profile: Profile | undefined,
  current: { key: string },
): Promise<void> {
  const WEEK = 7 * 86_400_000;
  const weeks = Math.round((sim.end - sim.start) / WEEK);
  let reported = 0;
  for (;;) {
    const at = sim.queue.peekTime();
    if (at === undefined || at > sim.end) break;
    const { event } = sim.queue.pop()!;
    // Only the last reading of the day belongs at the end instant: nothing else happens then.
    if (at === sim.end && event.kind !== 'day') continue;
    sim.setClock(at);
    if (profile) {
      const t0 = performance.now();
      const q0 = profile.queries;
      const key = (current.key = profileKey(event));
      await dispatch(sim, event, at);
      const entry = (profile.byEvent[key] ??= { events: 0, ms: 0, queries: 0 });
      entry.events += 1;
      entry.ms += performance.now() - t0;
      entry.queries += profile.queries - q0;
    } else {
      await dispatch(sim, event, at);
    }
    const done = Math.floor((at - sim.start) / WEEK);
    if (onProgress && done > reported) {
      reported = done;
      onProgress(done, weeks);
    }
  }
}

async function dispatch(sim: Sim, event: SimEvent, now: number): Promise<void> {
  switch (event.kind) {
    case 'arrive':
      return arrive(sim, event.request, now);
    case 'respond':
      return respond(sim, event, now);
    case 'sweep':
      return sweep(sim, now);
    case 'start':
      return startCare(sim, event, now);
    case 'hand-back':
      return giveBack(sim, event, now);
    case 'notice-decision':
      return decideNotice(sim, event, now);
    case 'rebroker':
      return rebrokerDue(sim, event, now);
    case 'end':
      return endCare(sim, event.pkg, now);
    case 'officer':
      return officerStep(sim, event.pkg, now);
    case 'cancel-check':
      return cancelCheck(sim, event.pkg, event.episodeOpenedAt, now);
    case 'legacy-end':
      return legacyEnd(sim, event);
    case 'declare':
      return declare(sim, event.providerId, now);
    case 'evidence':
      return evidence(sim, event, now);
    case 'job':
      return runJob(sim, event.name, now);
    case 'day':
      return sampleDay(sim, now);
  }
}
