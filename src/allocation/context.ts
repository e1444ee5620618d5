import type { Knex } from 'knex';
import type { Actor } from '../auth/roles';
import type { AllocationConfig } from '../config';
import type { Db } from '../db/connect';
import type { Services } from '../services';
import type { ZoneFactsService } from '../zones/facts';

/**
 * What every brokerage and package lifecycle command is given: who acts, at which instant, under
 * which rules, and the zones' facts (a round reads whether its zone has primes, and its
 * neighbours). Commands open their own transaction from `db`.
 */
export interface CommandContext {
  db: Db;
  actor: Actor;
  now: number;
  config: AllocationConfig;
  zoneFacts: ZoneFactsService;
}

/** The same inside a command's transaction: the steps of a command share it. */
export interface EngineContext {
  trx: Knex.Transaction;
  actor: Actor;
  now: number;
  config: AllocationConfig;
  zoneFacts: ZoneFactsService;
}

/** Runs a command's steps in one transaction, each given the transaction's context. */
export function inTransaction<T>(
  ctx: CommandContext,
  work: (engine: EngineContext) => Promise<T>,
): Promise<T> {
  const { actor, now, config, zoneFacts } = ctx;
  return ctx.db.transaction((trx) => work({ trx, actor, now, config, zoneFacts }));
}

/** The context of a command a request makes now, under the service's configuration. */
export function commandContext(
  services: Pick<Services, 'db' | 'clock' | 'config' | 'zoneFacts'>,
  actor: Actor,
): CommandContext {
  const { db, clock, config, zoneFacts } = services;
  return { db, actor, now: clock.now(), config: config.allocation, zoneFacts };
}
