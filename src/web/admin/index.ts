import type { Services } from '../../services';
import { caseloadImportPages } from './caseload-import';
import { cqcImportPages } from './cqc-import';
import { evidencePages } from './evidence';
import { providerAdminDetailPages } from './provider';
import { providerAdminPages } from './providers';
import { rateCardPages } from './rate-cards';
import { specialistPages } from './specialists';
import { unplacedDatePages } from './unplaced-dates';
import { tokenPages } from './tokens';
import { userAdminPages } from './users';

/**
 * Administration: rate cards, provider admission and status, zone roles, quality evidence, the CQC
 * ratings import, users and their API tokens.
 * (Promotion and demotion decisions are on the flag's page, /staff/performance/flags/:id, which
 * commissioners read too.)
 */
export function adminPages(services: Services) {
  return [
    ...providerAdminPages(services),
    ...providerAdminDetailPages(services),
    ...evidencePages(services),
    ...rateCardPages(services),
    ...specialistPages(services),
    ...cqcImportPages(services),
    ...caseloadImportPages(services),
    ...unplacedDatePages(services),
    ...tokenPages(services),
    ...userAdminPages(services),
  ];
}
