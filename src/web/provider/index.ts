import type { Services } from '../../services';
import { myApplicationPages } from './applications';
import { myCapacityPages } from './capacity';
import { myNeedsPages } from './needs';
import { offerPages } from './offers';
import { myPackagePages } from './packages';
import { myPerformancePages } from './performance';

/** Pages for provider users: each sees only its own organisation's offers, packages and capacity. */
export function providerPages(services: Services) {
  return [
    ...offerPages(services),
    ...myPackagePages(services),
    ...myCapacityPages(services),
    ...myNeedsPages(services),
    ...myPerformancePages(services),
    ...myApplicationPages(services),
  ];
}
