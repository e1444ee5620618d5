import type { Services } from '../../services';
import { coveragePages } from '../coverage-map/pages';
import { flagPages } from './flags';
import { newPackagePages } from './new-package';
import { packagePages } from './package';
import { performancePages } from './performance';
import { providerListPages } from './providers';
import { queuePages } from './queue';

/** Pages for council staff: officers act, commissioners and administrators read. */
export function staffPages(services: Services) {
  return [
    ...queuePages(services),
    ...newPackagePages(services),
    ...packagePages(services),
    ...providerListPages(services),
    ...coveragePages(services),
    ...performancePages(services),
    ...flagPages(services),
  ];
}
