import { z } from 'zod';
import { DEFAULT_ROUND_ORDER, RoundOrderSetting, type RoundOrder } from './allocation/round-order';
import {
  notificationEnv,
  notificationProblems,
  notificationsConfig,
  type NotificationsConfig,
} from './notifications/config';
import { testHooksOf, type TestHooks } from './test-hooks';
import { handBackConfigOf, handBackEnv, type HandBackConfig } from './config-hand-back';
import { providerRiskConfigOf, providerRiskEnv, type ProviderRiskConfig } from './config-provider-risk';
import { parseZoneThresholds } from './config-review';
import { visitsConfigOf, visitsEnv, type VisitsConfig } from './config-visits';
import type { PrivacyConfig } from './privacy/config';
import { signInEnv, signInProblems, webConfigOf, type WebConfig } from './config-sign-in';

export type { WebConfig } from './config-sign-in';
export type { HandBackConfig } from './config-hand-back';
export { startupWarnings } from './config-sign-in';

/**
 * The whole configuration, parsed once at start-up (docs/development.md, Conventions).
 * Defaults serve the embedded mode (SQLite under data/, demo data, demo tokens);
 * in production every variable marked required must be set, and all missing ones are listed at once.
 */
const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  SQLITE_FILE: z.string().default('data/hcfl.sqlite'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  DEMO_MODE: booleanFlag.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  TRUST_PROXY: z.string().optional(),
  TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  // Per address, failed credentials only (src/auth/throttle.ts): far above what one office behind one proxy reaches.
  AUTH_FAILURES_BEFORE_DELAY: z.coerce.number().int().min(1).default(50),
  AUTH_FAILURES_BEFORE_BLOCK: z.coerce.number().int().min(1).default(500),
  ...signInEnv,
  SCHEDULER_ENABLED: booleanFlag.default(true),
  // Offer windows and escalation: the service's defaults, all configurable
  // (docs/specification/open-questions.md §10.4).
  OFFER_WINDOW_URGENT_MINUTES: z.coerce.number().int().min(1).max(10_080).default(120),
  OFFER_WINDOW_STANDARD_MINUTES: z.coerce.number().int().min(1).max(10_080).default(1440),
  ESCALATE_AFTER_HOURS: z.coerce.number().min(1).max(2_000).default(48),
  // The officers' work queue: an awarded package whose care has not started this many days after the
  // agreed start needs chasing (issue 16: "no start confirmed two days after the agreed start").
  CARE_START_OVERDUE_DAYS: z.coerce.number().int().min(0).max(90).default(2),
  CAPACITY_MODE: z.enum(['strict', 'advisory']).default('strict'),
  SPECIALIST_ROUND_ORDER: RoundOrderSetting,
  CAPACITY_STALE_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  TIE_BREAK_DAYS: z.coerce.number().int().min(1).max(365).default(28),
  ...handBackEnv,
  SWEEP_SCHEDULE: z.string().default('* * * * *'),
  // Performance KPIs and the quality score (docs/specification/allocation.md §5.5;
  // docs/specification/quality-and-performance.md §7.5;
  // docs/specification/open-questions.md §10.5, §10.7, §10.8, §10.17).
  PICKUP_TARGET_URGENT_DAYS: z.coerce.number().int().min(0).max(30).default(0),
  PICKUP_TARGET_STANDARD_DAYS: z.coerce.number().int().min(0).max(30).default(2),
  SCORE_PERIOD_DAYS: z.coerce.number().int().min(7).max(1_830).default(365),
  SCORE_WEIGHT_PICKUP: z.coerce.number().min(0).max(100).default(1),
  SCORE_WEIGHT_QUALITY: z.coerce.number().min(0).max(100).default(1),
  SCORE_WEIGHT_RESPONSE: z.coerce.number().min(0).max(100).default(1),
  SCORE_K_PICKUP: z.coerce.number().min(0).max(10_000).default(20),
  SCORE_K_QUALITY: z.coerce.number().min(0).max(10_000).default(3),
  SCORE_K_RESPONSE: z.coerce.number().min(0).max(10_000).default(20),
  SCORE_QUICK_RESPONSE_FRACTION: z.coerce.number().gt(0).max(1).default(0.5),
  SCORE_COMPLAINT_PENALTY: z.coerce.number().min(0).max(100).default(10),
  SCORE_SAFEGUARDING_PENALTY: z.coerce.number().min(0).max(100).default(20),
  SCORE_RED_BELOW: z.coerce.number().min(0).max(100).default(50),
  SCORE_AMBER_BELOW: z.coerce.number().min(0).max(100).default(70),
  SCORE_SCHEDULE: z.string().default('30 2 * * *'),
  REVIEW_PERIOD_MONTHS: z.coerce.number().int().min(1).max(24).default(3),
  REVIEW_MIN_OFFERS: z.coerce.number().int().min(0).max(10_000).default(10),
  REVIEW_ZONE_THRESHOLDS: z
    .string()
    .regex(/^([a-z0-9-]+=\d+(\.\d+)?)(,[a-z0-9-]+=\d+(\.\d+)?)*$/, 'zone=score pairs, comma-separated')
    .optional(),
  REVIEW_SCHEDULE: z.string().default('15 3 * * *'),
  ...visitsEnv,
  ...providerRiskEnv,
  // Commissioners' reports (src/reports): RAG thresholds of the coverage report's headline
  // measures. The papers give no numeric thresholds (docs/specification/reporting.md §8.3;
  // docs/specification/open-questions.md §10.17); these defaults are the service's, for the
  // commissioners to set.
  REPORT_RAG_SUPPLY_GREEN_PCT: z.coerce.number().min(0).max(1_000).default(90),
  REPORT_RAG_SUPPLY_AMBER_PCT: z.coerce.number().min(0).max(1_000).default(75),
  REPORT_RAG_PICKUP_GREEN_PCT: z.coerce.number().min(0).max(100).default(80),
  REPORT_RAG_PICKUP_AMBER_PCT: z.coerce.number().min(0).max(100).default(60),
  REPORT_RAG_PRIME_SHARE_GREEN_PCT: z.coerce.number().min(0).max(100).default(50),
  REPORT_RAG_PRIME_SHARE_AMBER_PCT: z.coerce.number().min(0).max(100).default(40),
  REPORT_RAG_WAIT_GREEN_HOURS: z.coerce.number().min(0).max(100_000).default(48),
  REPORT_RAG_WAIT_AMBER_HOURS: z.coerce.number().min(0).max(100_000).default(168),
  REPORT_RAG_HANDBACKS_GREEN_PER100: z.coerce.number().min(0).max(100_000).default(5),
  REPORT_RAG_HANDBACKS_AMBER_PER100: z.coerce.number().min(0).max(100_000).default(10),
  REPORT_RAG_COVERAGE_AMBER_MARGIN: z.coerce.number().int().min(0).max(100).default(0),
  // Data protection (src/privacy): ended or cancelled packages lose their reference and location after
  // this many days (default seven years); the anonymised package stays for statistics.
  RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(2557),
  RETENTION_SCHEDULE: z.string().default('45 3 * * *'),
  // Test hooks (test/reliability), refused in production: kill the process at a named point, run the clock fast.
  CRASH_AT: z
    .string()
    .regex(
      /^(sweep-mid|intake-mid|fan-out-mid|delivery-mid)(:[1-9]\d*)?$/,
      'sweep-mid, intake-mid, fan-out-mid or delivery-mid, optionally :n for the n-th time',
    )
    .optional(),
  TEST_CLOCK_SPEED: z.coerce.number().min(1).max(1_000_000).optional(),
  TEST_CLOCK_ORIGIN: z.coerce.number().int().positive().optional(),
  // Email and webhooks (src/notifications, src/webhooks; docs/notifications.md).
  ...notificationEnv,
});

/** Test hooks: never allowed in production (listed with the other problems at start-up). */
const TEST_ONLY = ['CRASH_AT', 'TEST_CLOCK_SPEED', 'TEST_CLOCK_ORIGIN'] as const;

/** Variables that production refuses to start without. */
const REQUIRED_IN_PRODUCTION = ['DATABASE_URL', 'SESSION_SECRET'] as const;

export type Env = z.infer<typeof envSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  database: { client: 'pg'; url: string; poolMax: number } | { client: 'sqlite3'; file: string };
  demoMode: boolean;
  logLevel: NonNullable<Env['LOG_LEVEL']>;
  trustProxy: string | undefined;
  tokenTtlDays: number;
  sessionSecret: string;
  authFailuresBeforeDelay: number;
  authFailuresBeforeBlock: number;
  web: WebConfig;
  schedulerEnabled: boolean;
  allocation: AllocationConfig;
  performance: PerformanceConfig;
  providerRisk: ProviderRiskConfig;
  privacy: PrivacyConfig;
  reports: ReportsConfig;
  notifications: NotificationsConfig;
  testHooks: TestHooks;
}

/** A higher-is-better measure is green at or above `green`, amber at or above `amber`, else red. */
export interface RagBands {
  green: number;
  amber: number;
}

/** Commissioners' reports (src/reports; docs/reports.md "Coverage report"). */
export interface ReportsConfig {
  rag: {
    /** Placed weekly hours as % of the zone's planned July 2019 hours (higher is better). */
    supplyPct: RagBands;
    /** Awards in the period picked up within target, % (higher is better). */
    pickUpWithinTargetPct: RagBands;
    /** Awards in the period won in the primes round, % (higher is better; no RAG in a zone without primes). */
    primeSharePct: RagBands;
    /** Longest wait of a package waiting at asOf, hours (lower is better: green at or below `green`). */
    longestWaitHours: RagBands;
    /** Hand-backs in the period per 100 awards in the period (lower is better). */
    handBacksPer100Awards: RagBands;
    /** Red below a minimum; amber when active providers are at most this many above the minimum. */
    coverageAmberMargin: number;
  };
}

export interface AllocationConfig {
  /** Offer window for hospital-discharge and urgent packages, in minutes. */
  urgentWindowMinutes: number;
  standardWindowMinutes: number;
  escalateAfterHours: number;
  /** An awarded package with no start confirmed this many days after its agreed start needs action. */
  careStartOverdueDays: number;
  /** strict: a provider without enough declared capacity is not offered; advisory: it is, with a note. */
  capacityMode: 'strict' | 'advisory';
  /** The order of automatic rounds: standard, and for a package calling for a specialist service. */
  roundOrder: RoundOrder;
  capacityStaleDays: number;
  /** Ties in score go to the provider with fewer awards in the zone over this many days. */
  tieBreakDays: number;
  sweepSchedule: string;
  handBack: HandBackConfig;
}

/** How KPIs become the quality score, and the promotion/demotion rules (src/performance/scores/score.ts). */
export interface PerformanceConfig {
  /** Pick-up target in calendar days after intake: 0 = the same day. */
  pickUpTargetDays: { urgent: number; standard: number };
  /** Evidence window of the score: offers, awards, visits, complaints in the last this many days. */
  scorePeriodDays: number;
  weights: { pickUp: number; quality: number; response: number };
  /** Live weight of a component is n / (n + k), n its evidence count. */
  evidenceK: { pickUp: number; quality: number; response: number };
  /** An accepted offer is "quick" when answered within this share of its window. */
  quickResponseFraction: number;
  complaintPenalty: number;
  safeguardingPenalty: number;
  rag: { redBelow: number; amberBelow: number };
  /** Visit records: late and short thresholds, and punctuality's weight in the quality component. */
  visits: VisitsConfig;
  scoreSchedule: string;
  review: {
    periodMonths: number;
    minOffers: number;
    /** Demotion threshold per zone; zones not listed use rag.redBelow. */
    zoneThresholds: Record<string, number>;
    schedule: string;
  };
}

export class ConfigError extends Error {}

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const env = parseEnvironment(environment);
  const production = env.NODE_ENV === 'production';
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    database: env.DATABASE_URL
      ? { client: 'pg', url: env.DATABASE_URL, poolMax: env.DATABASE_POOL_MAX }
      : { client: 'sqlite3', file: env.SQLITE_FILE },
    demoMode: env.DEMO_MODE ?? !production,
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    trustProxy: env.TRUST_PROXY,
    tokenTtlDays: env.TOKEN_TTL_DAYS,
    // Only the embedded mode may fall back to a fixed secret; production requires its own (parseEnvironment).
    sessionSecret: env.SESSION_SECRET ?? 'embedded-mode-session-secret-not-for-production',
    authFailuresBeforeDelay: env.AUTH_FAILURES_BEFORE_DELAY,
    authFailuresBeforeBlock: env.AUTH_FAILURES_BEFORE_BLOCK,
    web: webConfigOf(env),
    schedulerEnabled: env.SCHEDULER_ENABLED,
    allocation: {
      urgentWindowMinutes: env.OFFER_WINDOW_URGENT_MINUTES,
      standardWindowMinutes: env.OFFER_WINDOW_STANDARD_MINUTES,
      escalateAfterHours: env.ESCALATE_AFTER_HOURS,
      careStartOverdueDays: env.CARE_START_OVERDUE_DAYS,
      capacityMode: env.CAPACITY_MODE,
      roundOrder: { standard: DEFAULT_ROUND_ORDER.standard, specialist: env.SPECIALIST_ROUND_ORDER },
      capacityStaleDays: env.CAPACITY_STALE_DAYS,
      tieBreakDays: env.TIE_BREAK_DAYS,
      sweepSchedule: env.SWEEP_SCHEDULE,
      handBack: handBackConfigOf(env),
    },
    performance: performanceOf(env),
    providerRisk: providerRiskConfigOf(env),
    privacy: { retentionDays: env.RETENTION_DAYS, retentionSchedule: env.RETENTION_SCHEDULE },
    reports: reportsOf(env),
    notifications: notificationsConfig(env, env.NODE_ENV),
    testHooks: production ? {} : testHooksOf(env),
  };
}

/** The environment, checked: every problem in it (and every production variable missing) in one error. */
function parseEnvironment(environment: NodeJS.ProcessEnv): Env {
  // Empty strings count as unset, as in most .env tooling.
  const raw = Object.fromEntries(Object.entries(environment).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(raw);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  if (parsed.success && parsed.data.NODE_ENV === 'production') {
    for (const name of REQUIRED_IN_PRODUCTION) {
      if (parsed.data[name] === undefined) problems.push(`${name}: required in production`);
    }
    for (const name of TEST_ONLY) {
      if (parsed.data[name] !== undefined) problems.push(`${name}: a test hook, not allowed in production`);
    }
  }
  if (parsed.success) {
    const e = parsed.data;
    if (e.SCORE_WEIGHT_PICKUP + e.SCORE_WEIGHT_QUALITY + e.SCORE_WEIGHT_RESPONSE <= 0) {
      problems.push('SCORE_WEIGHT_*: at least one weight must be above 0');
    }
    if (e.SCORE_AMBER_BELOW < e.SCORE_RED_BELOW)
      problems.push('SCORE_AMBER_BELOW: must not be below SCORE_RED_BELOW');
    problems.push(...reportRagProblems(e), ...notificationProblems(e), ...signInProblems(e));
  }
  if (!parsed.success || problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}

function performanceOf(env: Env): PerformanceConfig {
  return {
    pickUpTargetDays: { urgent: env.PICKUP_TARGET_URGENT_DAYS, standard: env.PICKUP_TARGET_STANDARD_DAYS },
    scorePeriodDays: env.SCORE_PERIOD_DAYS,
    weights: {
      pickUp: env.SCORE_WEIGHT_PICKUP,
      quality: env.SCORE_WEIGHT_QUALITY,
      response: env.SCORE_WEIGHT_RESPONSE,
    },
    evidenceK: { pickUp: env.SCORE_K_PICKUP, quality: env.SCORE_K_QUALITY, response: env.SCORE_K_RESPONSE },
    quickResponseFraction: env.SCORE_QUICK_RESPONSE_FRACTION,
    complaintPenalty: env.SCORE_COMPLAINT_PENALTY,
    safeguardingPenalty: env.SCORE_SAFEGUARDING_PENALTY,
    rag: { redBelow: env.SCORE_RED_BELOW, amberBelow: env.SCORE_AMBER_BELOW },
    visits: visitsConfigOf(env),
    scoreSchedule: env.SCORE_SCHEDULE,
    review: {
      periodMonths: env.REVIEW_PERIOD_MONTHS,
      minOffers: env.REVIEW_MIN_OFFERS,
      zoneThresholds: parseZoneThresholds(env.REVIEW_ZONE_THRESHOLDS),
      schedule: env.REVIEW_SCHEDULE,
    },
  };
}

function reportsOf(env: Env): Config['reports'] {
  return {
    rag: {
      supplyPct: { green: env.REPORT_RAG_SUPPLY_GREEN_PCT, amber: env.REPORT_RAG_SUPPLY_AMBER_PCT },
      pickUpWithinTargetPct: {
        green: env.REPORT_RAG_PICKUP_GREEN_PCT,
        amber: env.REPORT_RAG_PICKUP_AMBER_PCT,
      },
      primeSharePct: {
        green: env.REPORT_RAG_PRIME_SHARE_GREEN_PCT,
        amber: env.REPORT_RAG_PRIME_SHARE_AMBER_PCT,
      },
      longestWaitHours: { green: env.REPORT_RAG_WAIT_GREEN_HOURS, amber: env.REPORT_RAG_WAIT_AMBER_HOURS },
      handBacksPer100Awards: {
        green: env.REPORT_RAG_HANDBACKS_GREEN_PER100,
        amber: env.REPORT_RAG_HANDBACKS_AMBER_PER100,
      },
      coverageAmberMargin: env.REPORT_RAG_COVERAGE_AMBER_MARGIN,
    },
  };
}

/** Green must be the better end of each RAG pair: higher for percentages of success, lower for waits and hand-backs. */
function reportRagProblems(e: Env): string[] {
  const problems: string[] = [];
  const higher = ['SUPPLY', 'PICKUP', 'PRIME_SHARE'] as const;
  for (const m of higher) {
    const green = e[`REPORT_RAG_${m}_GREEN_PCT`];
    const amber = e[`REPORT_RAG_${m}_AMBER_PCT`];
    if (green < amber)
      problems.push(`REPORT_RAG_${m}_GREEN_PCT: must not be below REPORT_RAG_${m}_AMBER_PCT`);
  }
  if (e.REPORT_RAG_WAIT_GREEN_HOURS > e.REPORT_RAG_WAIT_AMBER_HOURS) {
    problems.push('REPORT_RAG_WAIT_GREEN_HOURS: must not be above REPORT_RAG_WAIT_AMBER_HOURS');
  }
  if (e.REPORT_RAG_HANDBACKS_GREEN_PER100 > e.REPORT_RAG_HANDBACKS_AMBER_PER100) {
    problems.push('REPORT_RAG_HANDBACKS_GREEN_PER100: must not be above REPORT_RAG_HANDBACKS_AMBER_PER100');
  }
  return problems;
}
