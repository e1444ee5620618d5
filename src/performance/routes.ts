/**
 * The performance feature's routes: KPIs, scores and snapshots, quality evidence, and the
 * promotion/demotion review, each from its own folder, in the order the API has always listed them.
 */
import type { Services } from '../services';
import { evidenceRoutes } from './evidence/routes';
import { kpiRoutes } from './kpis/routes';
import { reviewRoutes } from './reviews/routes';
import { scoreRoutes } from './scores/routes';

export function performanceRoutes(services: Services) {
  return [
    ...kpiRoutes(services),
    ...scoreRoutes(services),
    ...evidenceRoutes(services),
    ...reviewRoutes(services),
  ];
}
