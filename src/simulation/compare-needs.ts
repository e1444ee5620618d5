/**
 * The comparison's rows for the policies on specialist packages and hand-backs: who places
 * specialist packages and how fast (HC20 ¶30), discharge and D2A referral to placement (MTFS22 ¶51),
 * hand-backs by notice, re-placement against the notice date and continuity (HC21 ¶24, ¶32).
 */
import type { Metric } from './compare';
import type { SimulationSummary } from './results/summary';

const needs = (s: SimulationSummary) => s.needsAndHandBacks;

export const NEEDS_AND_HAND_BACK_METRICS: readonly Metric[] = [
  {
    label: 'Specialist packages placed',
    unit: 'awards',
    better: 'higher',
    value: (s) => needs(s).specialist.placed,
  },
  {
    label: 'Specialist pick-up, median',
    unit: 'hours',
    better: 'lower',
    value: (s) => needs(s).specialist.medianHours,
  },
  {
    label: 'Specialist awards, specialist list',
    unit: '%',
    better: null,
    value: (s) => needs(s).specialist.bySpecialistListPct,
  },
  {
    label: 'Specialist awards, zone primes',
    unit: '%',
    better: null,
    value: (s) => needs(s).specialist.byPrimesPct,
  },
  {
    label: 'Discharge referral to placement, median',
    unit: 'hours',
    better: 'lower',
    value: (s) => needs(s).referralToPlacement.discharge.medianHours,
  },
  {
    label: 'D2A referral to placement, median',
    unit: 'hours',
    better: 'lower',
    value: (s) => needs(s).referralToPlacement.d2a.medianHours,
  },
  {
    label: 'Hand-backs with full notice',
    unit: 'packages',
    better: null,
    value: (s) => needs(s).handBacks.byNotice.full,
  },
  {
    label: 'Hand-backs with short notice',
    unit: 'packages',
    better: 'lower',
    value: (s) => needs(s).handBacks.byNotice.short,
  },
  {
    label: 'Hand-backs re-placed by the notice date',
    unit: '%',
    better: 'higher',
    value: (s) => needs(s).handBacks.replacement.replacedByNoticeDatePct,
  },
  {
    label: 'Re-placement, median days before notice date',
    unit: 'days',
    // More days ahead is not simply better: offers far from the start date are harder to plan for.
    better: null,
    value: (s) => needs(s).handBacks.replacement.medianDaysAhead,
  },
  {
    label: 'Re-placed with a provider caring nearby',
    unit: '% of re-placements',
    better: null,
    value: (s) => needs(s).handBacks.continuity.toProviderNearbyPct,
  },
  {
    label: 'Continuity tie-breaks won',
    unit: 'awards',
    better: null,
    value: (s) => needs(s).handBacks.continuity.tieBreaks,
  },
];
