import type { Services } from '../../services';
import { packageVisitPages } from '../package-visits';
import { coveragePages } from '../coverage-map/pages';
import { admissionPages } from './admission';
import { beforeAfterPages } from './before-after';
import { admissionSetupPages } from './admission-setup';
import { readinessPages } from './readiness';
import { flagPages } from './flags';
import { handBackPages } from './hand-back-pages';
import { fundingReviewPages } from './funding-reviews';
import { newPackagePages } from './new-package';
import { packagePages } from './package';
import { packageActionPages } from './package-actions';
import { performancePages } from './performance';
import { providerRiskPages } from './provider-risk';
import { providerListPages } from './providers';
import { queuePages } from './queue';
import { financePages } from './finance';
import { ragTargetPages } from './rag-targets';
import { searchPages } from './search';

/** Pages for council staff: officers act, commissioners and administrators read. */
export function staffPages(services: Services) {
  return [
    ...queuePages(services),
    ...newPackagePages(services),
    ...searchPages(services),
    ...packagePages(services),
    ...packageActionPages(services),
    ...packageVisitPages(services),
    ...handBackPages(services),
    ...fundingReviewPages(services),
    ...providerListPages(services),
    ...coveragePages(services),
    ...performancePages(services),
    ...flagPages(services),
    ...ragTargetPages(services),
    ...financePages(services),
    ...admissionPages(services),
    ...admissionSetupPages(services),
    ...readinessPages(services),
    ...providerRiskPages(services),
    ...beforeAfterPages(services),
  ];
}
