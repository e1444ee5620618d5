import { admissionRoutes } from './admission/routes';
import { allocationRoutes } from './allocation/routes';
import { auditRoutes } from './audit/routes';
import { beforeAfterRoutes } from './baseline/routes';
import { authRoutes } from './auth/routes';
import { userAccountRoutes } from './users/routes';
import { healthRoutes } from './health/routes';
import { importRoutes } from './imports/routes';
import type { AnyRoute } from './http/route';
import { notificationRoutes } from './notifications/routes';
import { providerExitRoutes } from './packages/hand-back/routes';
import { packageRoutes } from './packages/routes';
import { performanceRoutes } from './performance/routes';
import { pricingRoutes } from './pricing/routes';
import { privacyRoutes } from './privacy/routes';
import { providerRiskRoutes } from './provider-risk/routes';
import { providerRoutes } from './providers/routes';
import { reportRoutes } from './reports/routes';
import { paymentRoutes } from './payments/routes';
import { ragTargetRoutes } from './reports/targets/routes';
import type { Services } from './services';
import { visitRoutes } from './visits/routes';
import { webhookRoutes } from './webhooks/routes';
import { zoneRoutes } from './zones/routes';

/** The route table: every route of the API in one list (the access-matrix test walks it). */
export function buildRoutes(services: Services): AnyRoute[] {
  return [
    ...healthRoutes(services.db),
    ...authRoutes(services),
    ...userAccountRoutes(services),
    ...auditRoutes(services.db),
    ...packageRoutes(services),
    ...allocationRoutes(services),
    ...performanceRoutes(services),
    ...providerRiskRoutes(services),
    ...providerRoutes(services),
    ...importRoutes(services),
    ...visitRoutes(services),
    ...providerExitRoutes(services),
    ...admissionRoutes(services),
    ...pricingRoutes(services),
    ...privacyRoutes(services),
    ...reportRoutes(services),
    ...paymentRoutes(services),
    ...beforeAfterRoutes(services),
    ...ragTargetRoutes(services),
    ...zoneRoutes(services),
    ...notificationRoutes(services),
    ...webhookRoutes(services),
  ] as AnyRoute[];
}
