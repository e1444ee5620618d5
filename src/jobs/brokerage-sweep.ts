import { runBrokerageSweep } from '../allocation/sweep';
import type { Job } from './job';

export const brokerageSweepJob: Job = {
  name: 'brokerage-sweep',
  // The default; src/jobs/index.ts applies SWEEP_SCHEDULE from configuration.
  schedule: '* * * * *',
  run: (services, now) => runBrokerageSweep(services, now),
};
