import { runBrokerageSweep } from '../allocation/sweep';
import { warnClosingOffers } from '../notifications/checks/closing';
import type { Job } from './job';

export const brokerageSweepJob: Job = {
  name: 'brokerage-sweep',
  // The default; src/jobs/index.ts applies SWEEP_SCHEDULE from configuration.
  schedule: '* * * * *',
  run: async (services, now) => ({
    ...(await runBrokerageSweep(services, now)),
    closingWarnings: await warnClosingOffers(services, now),
  }),
};
