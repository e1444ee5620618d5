/**
 * `npm run simulate -- --weeks 52 --seed 1 --out DIR [--policy p.json | --compare a.json b.json]`
 *
 * Arguments are checked with zod; the run's results go into DIR (see src/simulation/README.md
 * "Outputs"), and a short summary (or the side-by-side comparison) is printed.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { IsoDate } from '../calendar/dates';
import { formatPounds } from '../pricing/money';
import { formatComparison } from './compare';
import { PolicyError, readPolicyFile } from './policy';
import { progressDisplay } from './progress';
import { simulate, type SimulateResult } from './run';

export const DEFAULT_START = '2025-04-07';
/** Policies one --compare runs; each is a whole simulated period. */
const MAX_COMPARED = 8;

const ArgsSchema = z
  .object({
    weeks: z.coerce.number().int().min(1).max(260).default(52),
    seed: z.coerce
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1)
      .default(1),
    out: z.string().min(1, 'give a directory for the results'),
    start: IsoDate.default(DEFAULT_START),
    policy: z.string().min(1).optional(),
    compare: z.array(z.string().min(1)).min(2, 'give two policy files or more').max(MAX_COMPARED).optional(),
    packagesPerYear: z.coerce.number().int().min(1).max(1_000_000).optional(),
    standingHours: z.coerce.number().min(0).max(1_000_000).optional(),
    keepDb: z.boolean().default(false),
    quiet: z.boolean().default(false),
  })
  .strict()
  .refine((a) => !(a.policy && a.compare), {
    message: 'use --policy or --compare, not both',
    path: ['compare'],
  });

export type SimulateArgs = z.output<typeof ArgsSchema>;

export const USAGE = `Usage: npm run simulate -- --out DIR [--weeks 52] [--seed 1] [--start ${DEFAULT_START}]
                        [--policy policy.json | --compare a.json b.json [c.json …]]
                        [--packages-per-year 5000] [--standing-hours 18000] [--keep-db] [--quiet]`;

export function parseSimulateArgs(argv: string[]): SimulateArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      weeks: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      start: { type: 'string' },
      policy: { type: 'string' },
      compare: { type: 'string' },
      'packages-per-year': { type: 'string' },
      'standing-hours': { type: 'string' },
      'keep-db': { type: 'boolean' },
      quiet: { type: 'boolean' },
    },
  });
  // `--compare a.json b.json …`: the files after the first arrive as positional arguments.
  if (values.compare === undefined && positionals.length > 0) {
    throw new ArgsError(`unexpected argument(s): ${positionals.join(' ')}`);
  }
  const parsed = ArgsSchema.safeParse({
    weeks: values.weeks,
    seed: values.seed,
    out: values.out ?? '',
    start: values.start,
    policy: values.policy,
    compare: values.compare !== undefined ? [values.compare, ...positionals] : undefined,
    packagesPerYear: values['packages-per-year'],
    standingHours: values['standing-hours'],
    keepDb: values['keep-db'],
    quiet: values.quiet,
  });
  if (!parsed.success) {
    throw new ArgsError(
      parsed.error.issues.map((i) => `--${i.path.join('.') || 'args'}: ${i.message}`).join('\n'),
    );
  }
  return parsed.data;
}

export class ArgsError extends Error {}

export interface Io {
  log(line: string): void;
  error(line: string): void;
  /** stderr, for a progress bar when it is a terminal. */
  terminal?: NodeJS.WriteStream;
}

/**
 * Runs the CLI; returns the exit code (0 done, 2 bad arguments or policy). Compared policies run
 * in parallel, as many at once as this machine has cores for (`processes` to say otherwise).
 */
export async function main(
  argv: string[],
  io: Io = { log: console.log, error: console.error, terminal: process.stderr },
  { processes = os.availableParallelism() }: { processes?: number } = {},
): Promise<number> {
  let args: SimulateArgs;
  let policies: { policy: ReturnType<typeof readPolicyFile>; name: string }[];
  try {
    args = parseSimulateArgs(argv);
    const files = args.compare ?? (args.policy ? [args.policy] : []);
    policies =
      files.length > 0
        ? files.map((f) => ({ policy: readPolicyFile(f), name: path.basename(f, '.json') }))
        : [{ policy: {}, name: 'service defaults' }];
  } catch (err) {
    if (
      err instanceof ArgsError ||
      err instanceof PolicyError ||
      (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.error(`${(err as Error).message}\n${USAGE}`);
      return 2;
    }
    throw err;
  }
  const outDir = path.resolve(args.out);
  const progress = progressDisplay({ quiet: args.quiet, terminal: io.terminal, line: io.error });
  const result = await simulate({
    weeks: args.weeks,
    seed: args.seed,
    startDate: args.start,
    outDir,
    policies,
    demand: {
      ...(args.packagesPerYear !== undefined ? { packagesPerYear: args.packagesPerYear } : {}),
      ...(args.standingHours !== undefined ? { standingWeeklyHours: args.standingHours } : {}),
    },
    keepDatabase: args.keepDb,
    processes,
    onProgress: progress.onProgress,
  }).finally(() => progress.stop());
  report(result, outDir, io);
  return 0;
}

function report(result: SimulateResult, outDir: string, io: Io): void {
  const c = result.calibration;
  io.log(
    `Demand: ${c.requests.toLocaleString('en-GB')} requests (${c.requestsPerYear.toLocaleString('en-GB')} a year), mean ${c.meanWeeklyHours} h/week, ` +
      `mean duration ${c.meanDurationDays} days; ${c.startingLoad.packages.toLocaleString('en-GB')} packages (${c.startingLoad.weeklyHours.toLocaleString('en-GB')} h/week) in care at the start.`,
  );
  io.log(
    `Band mix of hours: ${Object.entries(c.bandHoursPct)
      .map(([b, v]) => `${b} ${v.generated}% (July 2019 ${v.july2019}%)`)
      .join(', ')}.`,
  );
  for (const run of result.runs) {
    const s = run.summary;
    io.log(
      `\n${run.policy} — ${s.period.from} to ${s.period.to}, simulated in ${(run.elapsedMs / 1000).toFixed(1)} s`,
    );
    io.log(
      `  awards ${s.pickUp.all.awards}, never placed ${s.pickUp.all.notPlaced}; pick-up median ${s.pickUp.all.medianHours} h, p90 ${s.pickUp.all.p90Hours} h, within target ${s.pickUp.all.withinTargetPct}%`,
    );
    io.log(
      `  pick-up median by band: ${Object.entries(s.pickUp.byBand)
        .map(([b, p]) => `${b} ${p.medianHours ?? '–'} h`)
        .join(', ')}`,
    );
    io.log(
      `  waiting hours mean ${s.waiting.meanWaitingHours}, unplaced hours mean ${s.waiting.meanUnplacedHours} (peak ${s.waiting.maxUnplacedHours}); hand-backs ${s.counters.handBacks}; cancelled ${s.counters.cancelled}`,
    );
    io.log(
      `  spend ${formatPounds(s.cost.spendPence)}; weekly cost at end ${formatPounds(s.cost.weeklyPenceAtEnd)}; hours in care at end ${s.hours.atEnd.inCare.toLocaleString('en-GB')} (baseline ${s.hours.baselineWeeklyHours.toLocaleString('en-GB')})`,
    );
    io.log(`  files in ${path.relative(process.cwd(), run.dir) || '.'}: ${run.files.join(', ')}`);
  }
  if (result.comparisons.length > 0) {
    const differences = result.comparisons.length === 1 ? 'B − A' : 'each policy − A';
    io.log(`\nSame demand, side by side (${differences}):\n${formatComparison(result.comparisons)}`);
    io.log(
      `\nComparison files in ${path.relative(process.cwd(), outDir) || '.'}: ${result.comparisonFiles.join(', ')}`,
    );
  }
}
