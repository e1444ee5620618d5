import { z } from 'zod';

/**
 * The whole configuration, parsed once at start-up (style.md §8).
 * Defaults serve the embedded mode (SQLite under data/, demo data, demo tokens);
 * in production every variable marked required must be set, and all missing ones are listed at once.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  SQLITE_FILE: z.string().default('data/hcfl.sqlite'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  DEMO_MODE: booleanFlag.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  TRUST_PROXY: z.string().optional(),
  TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AUTH_FAILURES_BEFORE_DELAY: z.coerce.number().int().min(1).default(5),
  AUTH_FAILURES_BEFORE_BLOCK: z.coerce.number().int().min(1).default(50),
  SCHEDULER_ENABLED: booleanFlag.default(true),
});

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
  schedulerEnabled: boolean;
}

export class ConfigError extends Error {}

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
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
  }
  if (!parsed.success || problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const env = parsed.data;
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
    // Only the embedded mode may fall back to a fixed secret; production requires its own (checked above).
    sessionSecret: env.SESSION_SECRET ?? 'embedded-mode-session-secret-not-for-production',
    authFailuresBeforeDelay: env.AUTH_FAILURES_BEFORE_DELAY,
    authFailuresBeforeBlock: env.AUTH_FAILURES_BEFORE_BLOCK,
    schedulerEnabled: env.SCHEDULER_ENABLED,
  };
}
