import { systemClock, type Clock } from './clock';
import type { Config } from './config';
import type { Db } from './db/connect';
import { createLogger, type Logger } from './logger';
import { buildOutbox } from './notifications/service';
import { createRateCardInForce } from './pricing/in-force';
import { createZoneFacts } from './zones/facts';
import { createZoneLayers } from './zones/layers';
import { GEO_DIR, loadLocator, type Locator } from './zones/locator';
import { createPostcodeLocator } from './zones/postcode-locator';
import { createWhereabouts } from './zones/whereabouts';

export interface ServiceDeps {
  db: Db;
  config: Config;
  clock?: Clock;
  logger?: Logger;
  /** Built from geo/ when not given; tests and benchmarks share one. */
  locator?: Locator;
}

/** The composition root: every service is built here from the database, config and clock. */
export function buildServices(deps: ServiceDeps) {
  const clock = deps.clock ?? systemClock;
  const logger = deps.logger ?? createLogger(deps.config.logLevel);
  const zoneFacts = createZoneFacts();
  const zones = createZoneLayers({
    db: deps.db,
    facts: zoneFacts,
    geoDir: GEO_DIR,
    baseline: deps.locator ?? loadLocator(),
  });
  const outbox = buildOutbox({ db: deps.db, config: deps.config, clock, logger, zoneFacts });
  const postcodes = createPostcodeLocator({ db: deps.db, zones, zoneFacts, geoDir: GEO_DIR });
  const whereabouts = createWhereabouts({ geoDir: GEO_DIR, postcodes: postcodes.index });
  return {
    db: deps.db,
    config: deps.config,
    clock,
    logger,
    zoneFacts,
    zones,
    outbox,
    postcodes,
    whereabouts,
    rateCardInForce: createRateCardInForce(),
  };
}

export type Services = ReturnType<typeof buildServices>;
