/**
 * One policy's run on a demand, from a fresh database to its files: what `simulate` does for each
 * policy, in this process or in a child process of its own (./parallel.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { londonDate } from '../calendar/dates';
import { zoneScores } from '../performance/scores/in-force';
import { GEO_DIR, loadLocator, type Locator } from '../zones/locator';
import type { AreaLayer } from '../zones/lookup';
import type { DemandParameters } from './demand/calibration';
import { generateDemand, type Demand } from './demand/generator';
import { buildAreaSampler } from './demand/locations';
import type { ResolvedPolicy } from './policy';
import type { CalibrationReport } from './results/calibration';
import { coverageFiles, providerFiles, reportWhen } from './results/reports';
import type { SimulationSummary } from './results/summary';
import { summarise } from './results/summary';
import { writeRunOutputs } from './results/write';
import { runSimulation } from './runner/simulate';

/** What decides the demand: every policy of a call, in any process, faces the same one. */
export interface DemandOptions {
  weeks: number;
  seed: number;
  /** First simulated day in England, YYYY-MM-DD. */
  startDate: string;
  demand?: Partial<DemandParameters>;
}

export interface RunResult {
  policy: string;
  dir: string;
  files: string[];
  summary: SimulationSummary;
  /** Wall-clock time of the simulation itself (world set-up, events, results), in ms. */
  elapsedMs: number;
}

/** One policy to run, and where its results go. */
export interface RunJob {
  policy: ResolvedPolicy;
  dir: string;
  keepDatabase: boolean;
}

export type WeeksProgress = (weeksDone: number, weeksTotal: number) => void;

let shared: { layer: AreaLayer; locator: Locator } | undefined;

/** geo/ is read and indexed once per process. */
function geo() {
  shared ??= {
    layer: JSON.parse(fs.readFileSync(path.join(GEO_DIR, 'areas.geojson'), 'utf8')) as AreaLayer,
    locator: loadLocator(),
  };
  return shared;
}

export function buildDemand(options: DemandOptions): Demand {
  const { layer, locator } = geo();
  return generateDemand({
    seed: options.seed,
    startDate: options.startDate,
    weeks: options.weeks,
    sampler: buildAreaSampler(layer, locator),
    parameters: options.demand,
  });
}

/** One policy's run on the demand (and its calibration) that every policy of the call shares. */
export async function runOne(
  { demand, calibration }: { demand: Demand; calibration: CalibrationReport },
  { policy, dir, keepDatabase }: RunJob,
  onProgress?: WeeksProgress,
): Promise<RunResult> {
  fs.mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  const outputs = await runSimulation(
    {
      demand,
      policy,
      locator: geo().locator,
      keepDatabaseAs: keepDatabase ? path.join(dir, 'simulation.sqlite') : undefined,
      onProgress,
    },
    async (sim) => {
      const { config } = sim.services;
      const when = reportWhen(londonDate(sim.start), londonDate(sim.end - 1), sim.end);
      return {
        summary: await summarise(sim),
        calibration,
        coverage: await coverageFiles(sim.services, when, sim.end),
        providerKpis: await providerFiles(sim.services, when, sim.end),
        scores: await zoneScores(sim.services, config.performance, undefined, sim.end),
      };
    },
  );
  const elapsedMs = performance.now() - t0;
  const files = await writeRunOutputs(dir, outputs);
  fs.writeFileSync(path.join(dir, 'policy.json'), `${JSON.stringify(describePolicy(policy), null, 2)}\n`);
  return { policy: policy.name, dir, files: [...files, 'policy.json'], summary: outputs.summary, elapsedMs };
}

/** The settings a run used, written beside its results so a reader knows what was simulated. */
function describePolicy(p: ResolvedPolicy) {
  return {
    name: p.name,
    allocation: p.config.allocation,
    score: {
      weights: p.config.performance.weights,
      evidenceK: p.config.performance.evidenceK,
      periodDays: p.config.performance.scorePeriodDays,
      quickResponseFraction: p.config.performance.quickResponseFraction,
      complaintPenalty: p.config.performance.complaintPenalty,
      safeguardingPenalty: p.config.performance.safeguardingPenalty,
      rag: p.config.performance.rag,
      schedule: p.config.performance.scoreSchedule,
    },
    review: { ...p.config.performance.review, decision: p.reviewDecision },
    ratesPence: p.ratesPence,
    primesPerZone: p.primesPerZone,
    officers: p.officers,
    handBacks: p.handBacks,
  };
}
