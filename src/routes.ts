import { auditRoutes } from './audit/routes';
import { authRoutes } from './auth/routes';
import { healthRoutes } from './health/routes';
import type { AnyRoute } from './http/route';
import type { Services } from './services';

/** The route table: every route of the API in one list (the access-matrix test walks it). */
export function buildRoutes(services: Services): AnyRoute[] {
  return [...healthRoutes(services.db), ...authRoutes(services), ...auditRoutes(services.db)] as AnyRoute[];
}
