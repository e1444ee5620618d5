import type { Actor } from '../auth/roles';
import type { Config } from '../config';
import type { Db } from '../db/connect';

/**
 * What a command acts with, in place of a positional list: the database (the pool, or the
 * transaction a step runs in), who acts, and the instant it acts at. The performance commands take
 * it, and so do the user and rate-card commands (src/auth/commands.ts, src/pricing/commands.ts);
 * the brokerage's commands add its rules and the zones' facts (src/allocation/context.ts).
 */
export interface CommandContext {
  db: Db;
  actor: Actor;
  now: number;
}

/** The score and review runs also read the performance settings (and the score, the hand-back notice). */
export interface RunContext extends CommandContext {
  config: Pick<Config, 'performance' | 'allocation'>;
}
