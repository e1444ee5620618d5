import type { Knex } from 'knex';
import type { Actor } from '../auth/roles';
import type { AllocationConfig } from '../config';
import type { Db } from '../db/connect';
import type { Services } from '../services';

/**
 * What every brokerage and package lifecycle command is given: who acts, at which instant, under
 * which rules. Commands open their own transaction from `db`.
 */
export interface CommandContext {
  db: Db;
  actor: Actor;
  now: number;
  config: AllocationConfig;
}

/** The same inside a command's transaction: the steps of a command share it. */
export interface EngineContext {
  trx: Knex.Transaction;
  actor: Actor;
  now: number;
  config: AllocationConfig;
}

/** Runs a command's steps in one transaction, each given the transaction's context. */
export function inTransaction<T>(
  ctx: CommandContext,
  work: (engine: EngineContext) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction((trx) => work({ trx, actor: ctx.actor, now: ctx.now, config: ctx.config }));
}

/** The context of a command a request makes now, under the service's configuration. */
export function commandContext(
  services: Pick<Services, 'db' | 'clock' | 'config'>,
  actor: Actor,
): CommandContext {
  return { db: services.db, actor, now: services.clock.now(), config: services.config.allocation };
}
