/**
 * Simulation speed (docs/BENCHMARKS.md "Simulation"): a year of county demand (≈5,000 new packages)
 * through the real engine on a fresh SQLite file, against the target of 60 seconds.
 *
 *   npx tsx bench/simulation.ts [--weeks 52] [--seed 1] [--score-schedule "30 2 * * *"] [--all-cores]
 *                               [--statements 8] [--out dir]
 *
 * Like `npm run simulate`, it runs itself pinned to one core (src/cli/one-core.ts) unless told
 * --all-cores, so that both ways can be measured.
 *
 * Reports the time of each phase (demand generation, the simulated year, the reports and summary)
 * and, for the year itself, the time and database queries spent on each kind of event, so that a
 * miss can be traced. Every figure comes from this one run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { londonDate } from '../src/calendar/dates';
import { zoneScores } from '../src/performance/scores/in-force';
import { DEFAULT_START } from '../src/simulation/cli';
import { resolvePolicy } from '../src/simulation/policy';
import { coverageFiles, providerFiles, reportWhen } from '../src/simulation/results/reports';
import { summarise } from '../src/simulation/results/summary';
import { writeRunOutputs } from '../src/simulation/results/write';
import { buildDemand, serviceConfig } from '../src/simulation/run';
import { calibrationReport } from '../src/simulation/results/calibration';
import { runSimulation, type Profile } from '../src/simulation/runner/simulate';
import { loadLocator } from '../src/zones/locator';
import { rerunOnOneCore } from '../src/cli/one-core';

/** Issue 22: the 52-week seed-1 county-year in 30 s or less on a 2-core machine. */
const TARGET_MS = 30_000;

const { values } = parseArgs({
  options: {
    weeks: { type: 'string', default: '52' },
    seed: { type: 'string', default: '1' },
    'score-schedule': { type: 'string' },
    'all-cores': { type: 'boolean', default: false },
    statements: { type: 'string' },
    out: { type: 'string' },
  },
});
if (!values['all-cores']) {
  const exit = rerunOnOneCore();
  if (exit !== null) process.exit(exit);
}
const weeks = Number(values.weeks);
const seed = Number(values.seed);

const t0 = performance.now();
const demand = buildDemand({ weeks, seed, startDate: DEFAULT_START });
const calibration = calibrationReport(demand);
const locator = loadLocator();
const tDemand = performance.now() - t0;

const scoreSchedule = values['score-schedule'];
const policy = resolvePolicy(
  scoreSchedule ? { name: 'scores on a custom schedule', score: { schedule: scoreSchedule } } : {},
  serviceConfig(),
);
const topStatements = Number(values.statements ?? 0);
const profile: Profile = { queries: 0, byEvent: {}, ...(topStatements > 0 && { statements: new Map() }) };
const out = values.out ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hcfl-bench-simulation-'));
let tYear = 0;
let tResults = 0;
try {
  const t1 = performance.now();
  const outputs = await runSimulation({ demand, policy, locator, profile }, async (sim) => {
    tYear = performance.now() - t1;
    const t2 = performance.now();
    const { config } = sim.services;
    const when = reportWhen(londonDate(sim.start), londonDate(sim.end - 1), sim.end);
    const result = {
      summary: await summarise(sim),
      calibration,
      coverage: await coverageFiles(sim.services, when, sim.end),
      providerKpis: await providerFiles(sim.services, when, sim.end),
      scores: await zoneScores(sim.services, config.performance, undefined, sim.end),
    };
    tResults = performance.now() - t2;
    return result;
  });
  const t3 = performance.now();
  await writeRunOutputs(out, outputs);
  const tFiles = performance.now() - t3;
  const total = tDemand + tYear + tResults + tFiles;
  const s = outputs.summary;

  console.log(
    `Simulation: ${weeks} weeks from ${DEFAULT_START}, seed ${seed}, policy "${policy.name}" (score schedule ${policy.config.performance.scoreSchedule}).`,
  );
  console.log(
    `Demand: ${calibration.requests} requests, ${calibration.startingLoad.packages} packages in care at the start; ` +
      `${s.counters.intakes} intakes, ${s.counters.offersSeen} offers, ${s.counters.awards} awards, ${s.counters.starts} starts, ` +
      `${s.counters.handBacks} hand-backs, ${s.counters.sweeps} sweeps, ${s.counters.scoreRuns} score runs, ${profile.queries.toLocaleString('en-GB')} database queries.`,
  );
  console.log(
    `Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(
        ' ',
      )}, SQLite (temporary file), ${process.env.HCFL_ONE_CORE ? `pinned to core ${process.env.HCFL_ONE_CORE}` : 'on all cores'}.\n`,
  );
  console.log('| Phase | time |');
  console.log('| --- | ---: |');
  console.log(
    `| Demand generated (geo/ loaded, ${calibration.requests} requests) | ${(tDemand / 1000).toFixed(1)} s |`,
  );
  console.log(
    `| The simulated year (fresh database, world set-up, every event) | ${(tYear / 1000).toFixed(1)} s |`,
  );
  console.log(`| Summary, coverage report, provider KPIs, scores | ${(tResults / 1000).toFixed(1)} s |`);
  console.log(`| Files written (JSON, CSV, SVG) | ${(tFiles / 1000).toFixed(1)} s |`);
  console.log(`| **Total** | **${(total / 1000).toFixed(1)} s** |\n`);
  console.log('| Event | count | total | per event | queries per event |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  const rows = Object.entries(profile.byEvent).sort((a, b) => b[1].ms - a[1].ms);
  for (const [kind, e] of rows) {
    console.log(
      `| ${kind} | ${e.events} | ${(e.ms / 1000).toFixed(1)} s | ${(e.ms / e.events).toFixed(2)} ms | ${(e.queries / e.events).toFixed(1)} |`,
    );
  }
  console.log(
    `\nOutcome: ${s.pickUp.all.awards} awards, pick-up median ${s.pickUp.all.medianHours} h (p90 ${s.pickUp.all.p90Hours} h), ` +
      `${s.pickUp.all.withinTargetPct}% within target; unplaced hours mean ${s.waiting.meanUnplacedHours}, peak ${s.waiting.maxUnplacedHours}; ` +
      `hours in care at the end ${s.hours.atEnd.inCare.toLocaleString('en-GB')}.`,
  );
  const perQuery = rows.reduce((a, [, e]) => a + e.ms, 0) / Math.max(1, profile.queries);
  console.log(`\nAbout ${perQuery.toFixed(3)} ms of event time per database query.`);
  console.log(
    `Target: a year of county demand in ${TARGET_MS / 1000} s or less — ${total <= TARGET_MS ? 'met' : 'NOT MET'} (${(total / 1000).toFixed(1)} s).`,
  );
  if (total > TARGET_MS) process.exitCode = 1;
  if (profile.statements) printStatements(profile.statements, topStatements);
} finally {
  if (!values.out) fs.rmSync(out, { recursive: true, force: true });
}

function printStatements(statements: NonNullable<Profile['statements']>, top: number): void {
  for (const [kind, byText] of statements) {
    const all = [...byText.values()];
    const n = all.reduce((a, b) => a + b.n, 0);
    const ms = all.reduce((a, b) => a + b.ms, 0);
    console.log(`\n${kind}: ${n.toLocaleString('en-GB')} statements, ${(ms / 1000).toFixed(1)} s`);
    const sorted = [...byText].sort((a, b) => b[1].ms - a[1].ms).slice(0, top);
    for (const [sql, e] of sorted)
      console.log(
        `  ${String(e.n).padStart(7)} ${(e.ms / 1000).toFixed(2).padStart(7)} s  ${sql.slice(0, 200)}`,
      );
  }
}
