import type { Services } from '../../services';
import { providerAdminDetailPages } from './provider';
import { providerAdminPages } from './providers';
import { rateCardPages } from './rate-cards';

/**
 * Administration: rate cards, provider admission and status, zone roles. Part B adds quality
 * evidence entry and promotion/demotion decisions here.
 */
export function adminPages(services: Services) {
  return [...providerAdminPages(services), ...providerAdminDetailPages(services), ...rateCardPages(services)];
}
