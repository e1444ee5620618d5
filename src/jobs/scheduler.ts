import cron from 'node-cron';
import type { Services } from '../services';
import type { Job } from './job';

export interface Scheduler {
  stop(): Promise<void>;
}

/** Starts each job on its schedule. A run never overlaps the previous run of the same job in this instance. */
export function startScheduler(jobs: readonly Job[], services: Services): Scheduler {
  const running = new Set<Promise<unknown>>();
  const tasks = jobs.map((job) =>
    cron.schedule(
      job.schedule,
      async () => {
        const run = job
          .run(services, services.clock.now())
          .catch((err: unknown) => services.logger.error({ err, job: job.name }, 'scheduled job failed'));
        running.add(run);
        await run;
        running.delete(run);
      },
      { name: job.name, noOverlap: true },
    ),
  );
  return {
    async stop() {
      await Promise.all(tasks.map((task) => task.stop()));
      await Promise.all(running);
    },
  };
}
