/**
 * The simulator as a library: generate the demand once, run each policy on it through the real
 * service, and write every result into a directory (one sub-directory per policy when comparing).
 *
 * @example
 *   await simulate({ weeks: 52, seed: 1, startDate: '2025-04-07', outDir: '/tmp/sim', policies: [{ policy: {} }] })
 */
import fs from 'node:fs';
import path from 'node:path';
import { londonDate } from '../calendar/dates';
import { loadConfig, type Config } from '../config';
import { zoneScores } from '../performance/scores/in-force';
import { GEO_DIR, loadLocator, type Locator } from '../zones/locator';
import type { AreaLayer } from '../zones/lookup';
import {
  comparisonCharts,
  comparisonRows,
  compareSummaries,
  formatComparison,
  type Comparison,
} from './compare';
import type { DemandParameters } from './demand/calibration';
import { generateDemand, type Demand } from './demand/generator';
import { buildAreaSampler } from './demand/locations';
import { resolvePolicy, type Policy, type ResolvedPolicy } from './policy';
import { calibrationReport, type CalibrationReport } from './results/calibration';
import { renderSvg } from '../charts/vega';
import { coverageFiles, providerFiles, reportWhen } from './results/reports';
import { summarise, type SimulationSummary } from './results/summary';
import { toCsv } from './results/tables';
import { writeRunOutputs } from './results/write';
import { runSimulation } from './runner/simulate';

export interface SimulateOptions {
  weeks: number;
  seed: number;
  /** First simulated day in England, YYYY-MM-DD. */
  startDate: string;
  outDir: string;
  /** One policy, or two to compare on the same demand. */
  policies: { policy: Policy; name?: string }[];
  demand?: Partial<DemandParameters>;
  /** The service configuration the policies change; by default the environment's, as the service reads it. */
  baseConfig?: Config;
  keepDatabase?: boolean;
  onProgress?: (policy: string, weeksDone: number, weeksTotal: number) => void;
}

export interface RunResult {
  policy: string;
  dir: string;
  files: string[];
  summary: SimulationSummary;
  /** Wall-clock time of the simulation itself (world set-up, events, results), in ms. */
  elapsedMs: number;
}

export interface SimulateResult {
  demand: Demand;
  calibration: CalibrationReport;
  runs: RunResult[];
  comparison: Comparison | null;
  comparisonFiles: string[];
}

/** The service's configuration as it would start here, without its database or secrets. */
export function serviceConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return loadConfig({
    ...env,
    NODE_ENV: 'development',
    DATABASE_URL: '',
    LOG_LEVEL: 'silent',
    CRASH_AT: '',
    TEST_CLOCK_SPEED: '',
  });
}

let shared: { layer: AreaLayer; locator: Locator } | undefined;

/** geo/ is read and indexed once per process. */
function geo() {
  shared ??= {
    layer: JSON.parse(fs.readFileSync(path.join(GEO_DIR, 'areas.geojson'), 'utf8')) as AreaLayer,
    locator: loadLocator(),
  };
  return shared;
}

export function buildDemand(
  options: Pick<SimulateOptions, 'weeks' | 'seed' | 'startDate' | 'demand'>,
): Demand {
  const { layer, locator } = geo();
  return generateDemand({
    seed: options.seed,
    startDate: options.startDate,
    weeks: options.weeks,
    sampler: buildAreaSampler(layer, locator),
    parameters: options.demand,
  });
}

export async function simulate(options: SimulateOptions): Promise<SimulateResult> {
  if (options.policies.length < 1 || options.policies.length > 2)
    throw new RangeError('simulate one policy, or two to compare');
  const base = options.baseConfig ?? serviceConfig();
  const demand = buildDemand(options);
  const calibration = calibrationReport(demand);
  const names = uniqueNames(options.policies.map((p, i) => p.policy.name ?? p.name ?? (i === 0 ? 'A' : 'B')));
  const comparing = options.policies.length === 2;
  const runs: RunResult[] = [];
  for (const [i, p] of options.policies.entries()) {
    const resolved = resolvePolicy(p.policy, base, names[i]);
    resolved.name = names[i]!;
    const dir = comparing ? path.join(options.outDir, slug(names[i]!)) : options.outDir;
    runs.push(await runOne({ demand, calibration }, resolved, dir, options));
  }
  let comparison: Comparison | null = null;
  const comparisonFiles: string[] = [];
  if (comparing) {
    comparison = compareSummaries(runs[0]!.summary, runs[1]!.summary);
    const put = (name: string, content: string) => {
      fs.writeFileSync(path.join(options.outDir, name), content);
      comparisonFiles.push(name);
    };
    put('compare.json', `${JSON.stringify(comparison, null, 2)}\n`);
    put('compare.csv', toCsv(comparisonRows(comparison)));
    put('compare.md', `${formatComparison(comparison, true)}\n`);
    for (const [name, spec] of Object.entries(comparisonCharts(runs[0]!.summary, runs[1]!.summary)))
      put(name, await renderSvg(spec));
  }
  return { demand, calibration, runs, comparison, comparisonFiles };
}

/** One policy's run on the demand (and its calibration) that every policy of the call shares. */
async function runOne(
  { demand, calibration }: { demand: Demand; calibration: CalibrationReport },
  policy: ResolvedPolicy,
  dir: string,
  options: SimulateOptions,
): Promise<RunResult> {
  fs.mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  const outputs = await runSimulation(
    {
      demand,
      policy,
      locator: geo().locator,
      keepDatabaseAs: options.keepDatabase ? path.join(dir, 'simulation.sqlite') : undefined,
      onProgress: options.onProgress
        ? (done, total) => options.onProgress!(policy.name, done, total)
        : undefined,
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

function uniqueNames(names: string[]): string[] {
  return names.length === 2 && names[0] === names[1] ? [`${names[0]} (A)`, `${names[1]} (B)`] : names;
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'policy'
  );
}
