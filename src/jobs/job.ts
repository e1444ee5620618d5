import type { Services } from '../services';

/**
 * A scheduled job is a plain unit: tests call `run` with a chosen `now`; only the scheduler
 * touches node-cron. Every job must be safe when several instances run it at once.
 */
export interface Job {
  name: string;
  /** A cron expression (node-cron syntax, seconds optional). */
  schedule: string;
  run(services: Services, now: number): Promise<unknown>;
}
