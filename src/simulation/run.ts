/**
 * The simulator as a library: generate the demand once, run each policy on it through the real
 * service, and write every result into a directory (one sub-directory per policy when comparing).
 * Policies run one after another here, or each in a process of its own (`processes` > 1, ./parallel.ts):
 * the results are the same either way.
 *
 * @example
 *   await simulate({ weeks: 52, seed: 1, startDate: '2025-04-07', outDir: '/tmp/sim', policies: [{ policy: {} }] })
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, type Config } from '../config';
import {
  comparisonCharts,
  comparisonRows,
  compareAll,
  formatComparison,
  policyLetter,
  type Comparison,
} from './compare';
import type { Demand } from './demand/generator';
import { runInChildren } from './parallel';
import { resolvePolicy, type Policy } from './policy';
import { calibrationReport, type CalibrationReport } from './results/calibration';
import { renderSvg } from '../charts/vega';
import { toCsv } from './results/tables';
import { buildDemand, runOne, type DemandOptions, type RunJob, type RunResult } from './run-one';

export { buildDemand, type RunResult } from './run-one';

export interface SimulateOptions extends DemandOptions {
  outDir: string;
  /** One policy, or several to compare on the same demand (each against the first). */
  policies: { policy: Policy; name?: string }[];
  /** The service configuration the policies change; by default the environment's, as the service reads it. */
  baseConfig?: Config;
  keepDatabase?: boolean;
  /** How many policies may run at once, each in a child process (default 1: one after another, here). */
  processes?: number;
  onProgress?: (policy: string, weeksDone: number, weeksTotal: number) => void;
}

export interface SimulateResult {
  demand: Demand;
  calibration: CalibrationReport;
  runs: RunResult[];
  /** The first policy against each of the others; empty for one policy. */
  comparisons: Comparison[];
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

export async function simulate(options: SimulateOptions): Promise<SimulateResult> {
  if (options.policies.length < 1) throw new RangeError('simulate at least one policy');
  const base = options.baseConfig ?? serviceConfig();
  const demandOptions: DemandOptions = {
    weeks: options.weeks,
    seed: options.seed,
    startDate: options.startDate,
    demand: options.demand,
  };
  const demand = buildDemand(demandOptions);
  const calibration = calibrationReport(demand);
  const names = uniqueNames(options.policies.map((p, i) => p.policy.name ?? p.name ?? policyLetter(i)));
  const comparing = options.policies.length > 1;
  const jobs = options.policies.map((p, i): RunJob => {
    const policy = resolvePolicy(p.policy, base, names[i]);
    policy.name = names[i]!;
    const dir = comparing ? path.join(options.outDir, slug(names[i]!)) : options.outDir;
    return { policy, dir, keepDatabase: options.keepDatabase ?? false };
  });
  const progress = (policy: string) => (done: number, total: number) =>
    options.onProgress?.(policy, done, total);
  const runs =
    (options.processes ?? 1) > 1 && jobs.length > 1
      ? await runInChildren(demandOptions, jobs, { processes: options.processes!, onProgress: progress })
      : await runInTurn({ demand, calibration }, jobs, progress);
  const comparisons = compareAll(runs.map((r) => r.summary));
  const comparisonFiles = comparing ? await writeComparison(options.outDir, runs, comparisons) : [];
  return { demand, calibration, runs, comparisons, comparisonFiles };
}

async function runInTurn(
  shared: { demand: Demand; calibration: CalibrationReport },
  jobs: readonly RunJob[],
  progress: (policy: string) => (done: number, total: number) => void,
): Promise<RunResult[]> {
  const runs: RunResult[] = [];
  for (const job of jobs) runs.push(await runOne(shared, job, progress(job.policy.name)));
  return runs;
}

/** compare.json holds the one comparison of two policies, or the list of them for more. */
async function writeComparison(
  outDir: string,
  runs: readonly RunResult[],
  comparisons: readonly Comparison[],
): Promise<string[]> {
  const written: string[] = [];
  const put = (name: string, content: string) => {
    fs.writeFileSync(path.join(outDir, name), content);
    written.push(name);
  };
  const json = comparisons.length === 1 ? comparisons[0] : comparisons;
  put('compare.json', `${JSON.stringify(json, null, 2)}\n`);
  put('compare.csv', toCsv(comparisonRows(comparisons)));
  put('compare.md', `${formatComparison(comparisons, true)}\n`);
  for (const [name, spec] of Object.entries(comparisonCharts(runs.map((r) => r.summary))))
    put(name, await renderSvg(spec));
  return written;
}

/** Policies that share a name are told apart by their letter: "today (A)", "today (B)". */
function uniqueNames(names: string[]): string[] {
  return names.map((name, i) =>
    names.filter((n) => n === name).length > 1 ? `${name} (${policyLetter(i)})` : name,
  );
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'policy'
  );
}
