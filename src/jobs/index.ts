import type { Job } from './job';

/** Every scheduled job of the service. */
export const JOBS: readonly Job[] = [];
