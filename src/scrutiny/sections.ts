/**
 * The scrutiny summary's sections, in the order members read them. To add one, write a builder
 * with `defineSection` beside these and list it here.
 */
import type { SectionBuilder } from './model';
import { beforeAndAfterSection } from './sections/before-and-after';
import { complaintsSection } from './sections/complaints';
import { costAgainstBudgetSection } from './sections/cost-against-budget';
import { coverageSection } from './sections/coverage';
import { headlineSection } from './sections/headline';
import { pickUpSection } from './sections/pick-up';
import { unmetHoursSection } from './sections/unmet-hours';

export const SCRUTINY_SECTIONS: readonly SectionBuilder<unknown>[] = [
  headlineSection,
  coverageSection,
  pickUpSection,
  unmetHoursSection,
  costAgainstBudgetSection,
  complaintsSection,
  beforeAndAfterSection,
];
