import { systemClock, type Clock } from './clock';
import type { Config } from './config';
import type { Db } from './db/connect';
import { createLogger, type Logger } from './logger';

export interface ServiceDeps {
  db: Db;
  config: Config;
  clock?: Clock;
  logger?: Logger;
}

/** The composition root: every service is built here from the database, config and clock. */
export function buildServices(deps: ServiceDeps) {
  const clock = deps.clock ?? systemClock;
  const logger = deps.logger ?? createLogger(deps.config.logLevel);
  return { db: deps.db, config: deps.config, clock, logger };
}

export type Services = ReturnType<typeof buildServices>;
