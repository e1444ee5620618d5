import type { Needs } from '../packages/model';
import { needCodes } from '../packages/needs';

/**
 * Words for the codes the domain stores (status, urgency, reasons…), as the pages show them.
 * A code without a label is shown with its dashes turned into spaces, so nothing ever renders blank.
 */
const LABELS: Record<string, string> = {
  // Package status and urgency
  brokering: 'Brokering',
  unplaced: 'Unplaced',
  awarded: 'Awarded',
  active: 'In care',
  ended: 'Ended',
  cancelled: 'Cancelled',
  standard: 'Standard',
  'hospital-discharge': 'Hospital discharge',
  urgent: 'Urgent',
  core: 'Core (council funded)',
  chc: 'Continuing healthcare (CHC)',
  // Funding streams and D2A review outcomes
  council: 'Council (adult social care)',
  d2a: 'Discharge to assess (D2A)',
  joint: 'Joint (council and NHS)',
  'review-continue': 'Continue under council funding',
  'review-change-hours': 'Change hours (council funding)',
  'review-end': 'End care',
  // Rounds and offers
  primes: 'Primes',
  supplementaries: 'Supplementaries',
  specialists: 'Countywide specialist list',
  'widened-neighbours': 'Widened to neighbouring zones',
  'widened-all': 'Widened to all providers',
  pending: 'Waiting for answer',
  accepted: 'Accepted',
  declined: 'Declined',
  expired: 'Expired',
  won: 'Won',
  lost: 'Lost',
  withdrawn: 'Withdrawn',
  open: 'Open',
  intake: 'New package',
  'hand-back': 'Handed back',
  // Exclusions (src/allocation/policy.ts)
  'not-active': 'Not active',
  'rated-inadequate': 'Rated Inadequate by CQC',
  'not-chc-approved': 'Not CHC-approved',
  'no-capacity-declared': 'No capacity declared in the zone',
  'not-enough-capacity': 'Not enough declared capacity',
  'handed-back': 'Handed this package back before',
  'leaving-market': 'Leaving the market',
  'offered-as-prime': 'Offered it in the primes round',
  'no-needs-declared': 'No needs declared in the zone',
  'cannot-double-up': 'Cannot take two-carer packages',
  'carer-gender-unavailable': 'Cannot guarantee carers of the gender asked',
  'specialism-not-declared': 'Specialist service not declared',
  'not-on-specialist-list': 'Not on the specialist list for it',
  // Reasons
  'no-capacity': 'No capacity',
  'travel-distance': 'Travel distance',
  skills: 'Skills needed',
  'start-date': 'Cannot meet the start date',
  staffing: 'Staffing',
  travel: 'Travel',
  'needs-changed': 'Needs changed',
  safety: 'Safety',
  'provider-exit': 'Leaving the framework',
  other: 'Other',
  // Band override reasons (src/packages/model.ts)
  'address-unlike-area': 'The address is unlike its area',
  'travel-access': 'Travel to the address is harder or easier than the band assumes',
  'new-development': 'A new development the area data predates',
  'area-band-wrong': 'The area band is wrong (report it for the area layer too)',
  // Needs
  'two-carers': 'Two carers',
  dementia: 'Dementia',
  any: 'Any',
  female: 'Female',
  male: 'Male',
  'moving-and-handling': 'Moving and handling',
  'end-of-life': 'End of life care',
  'mental-health': 'Mental health',
  'learning-disability': 'Learning disability',
  'sensory-impairment': 'Sensory impairment',
  'medication-support': 'Medication support',
  'female-carers-only': 'Female carers only',
  'male-carers-only': 'Male carers only',
  // Providers
  prime: 'Prime',
  supplementary: 'Supplementary',
  mobilising: 'Mobilising',
  applicant: 'Applicant',
  suspended: 'Suspended',
  exited: 'Exited',
  outstanding: 'Outstanding',
  good: 'Good',
  'requires-improvement': 'Requires improvement',
  inadequate: 'Inadequate',
  'not-yet-rated': 'Not yet rated',
  current: 'Current',
  stale: 'Out of date',
  missing: 'None declared',
  tender: 'Tender score',
  snapshot: 'Performance score',
  // Rate cards
  'in-force': 'In force',
  future: 'Future',
  superseded: 'Superseded',
  // Performance: RAG, quality evidence, review flags
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
  'monitoring-visit': 'Monitoring visit',
  'upheld-complaint': 'Upheld complaint',
  'safeguarding-concern': 'Safeguarding concern',
  'cqc-rating': 'CQC rating change',
  // Provider risk: why a provider is red or amber (src/provider-risk/model.ts)
  'cqc-inadequate': 'CQC rating Inadequate',
  'cqc-requires-improvement': 'CQC rating Requires improvement',
  'safeguarding-substantiated': 'Substantiated safeguarding concerns',
  'safeguarding-concerns': 'Safeguarding concerns raised',
  'complaints-rate': 'Upheld complaints for the size of the service',
  'recorded-in-error': 'Recorded in error',
  duplicate: 'Duplicate',
  'overturned-on-appeal': 'Overturned on appeal',
  promotion: 'Promotion',
  demotion: 'Demotion',
  'cqc-downgrade': 'CQC downgrade',
  // CQC key questions and register sources
  overall: 'Overall',
  safe: 'Safe',
  effective: 'Effective',
  caring: 'Caring',
  responsive: 'Responsive',
  'well-led': 'Well-led',
  'carried-over': 'Carried over (date unknown)',
  admission: 'Admission',
  'provider-record': 'Provider record',
  evidence: 'Quality evidence',
  import: 'CQC file import',
  changed: 'Changed',
  republished: 'Republished (same rating)',
  history: 'Older than the rating held (kept as history)',
  unchanged: 'Already on record',
  unmatched: 'No provider matched',
  confirmed: 'Confirmed',
  dismissed: 'Dismissed',
  'performance-confirmed': 'Performance confirmed',
  'improvement-plan-agreed': 'Improvement plan agreed',
  'mitigating-circumstances': 'Mitigating circumstances',
  'insufficient-evidence': 'Not enough evidence',
  'data-error': 'Error in the data',
  'zone-coverage': 'Coverage of the zone',
  'commissioning-decision': 'Commissioning decision',
  // Roles
  officer: 'Brokerage officer',
  provider: 'Provider',
  commissioner: 'Commissioner',
  admin: 'Administrator',
  member: 'Elected member',
  system: 'The service',
};

/** Codes that mean something else for another kind of thing: a provider that is "active" is not "in care". */
const LABELS_BY_KIND: Record<string, Record<string, string>> = {
  provider: { active: 'Active' },
  /** Admission rounds, applications and post-award checks (src/admission). */
  admission: {
    invitation: 'Invitation to apply',
    standing: 'Standing (between rounds)',
    'chc-approval': 'CHC approval',
    submitted: 'Waiting for a decision',
    accepted: 'Accepted: mobilising',
    rejected: 'Not accepted',
    active: 'Active',
    pass: 'Passed',
    fail: 'Failed',
    gdpr: 'GDPR',
    quality: 'Quality',
    references: 'References',
    insurance: 'Insurance',
    capacity: 'Capacity',
    workforce: 'Workforce',
    readiness: 'Readiness',
  },
  /** A provider's own offers, as it reads them. */
  'my-offer': { won: 'Awarded to you', lost: 'Awarded to another provider', pending: 'Answer needed' },
  /** A commissioner's decision on a hand-back's short notice. */
  approval: {
    'not-needed': 'Not needed: notice of 28 days or more, or for safety or a provider leaving',
    pending: "Waiting for a commissioner's approval",
    approved: 'Approved by a commissioner',
    refused: 'Refused by a commissioner: the full notice runs',
  },
  /** Where a leaving provider's package stands. */
  transition: {
    waiting: 'Still waiting',
    're-brokered': 'Re-brokered',
    started: 'Started with the new provider',
    closed: 'Closed',
  },
  /** How an area's band was set (geo/README.md "Bands"). */
  bandSource: {
    'ruc2011-lsoa': "from the area's ONS rural-urban class",
    'ruc2011-oa': "from the output area's ONS rural-urban class",
    'density-proxy': "from the area's rural-urban class and its postcode density",
    override: "from the council's committed band exceptions (the fringe exception)",
  },
};

/**
 * A package's needs in words, e.g. "Two carers, Female carers only, Dementia; speaks pl" ("None"
 * when it has none): what an offer, the package page and a message show (no free text).
 */
export function needsText(needs: Needs): string {
  const words =
    needCodes(needs)
      .map((code) => label(code))
      .join(', ') || 'None';
  return needs.languages.length > 0 ? `${words}; speaks ${needs.languages.join(', ')}` : words;
}

export function label(code: string | null | undefined, kind?: string): string {
  if (code === null || code === undefined || code === '') return '';
  const known = (kind ? LABELS_BY_KIND[kind]?.[code] : undefined) ?? LABELS[code];
  if (known) return known;
  const words = code.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** GOV.UK tag colours for statuses, so the same state always looks the same. */
const TAG_CLASSES: Record<string, string> = {
  brokering: 'govuk-tag--blue',
  unplaced: 'govuk-tag--red',
  awarded: 'govuk-tag--green',
  active: 'govuk-tag--green',
  ended: 'govuk-tag--grey',
  cancelled: 'govuk-tag--grey',
  urgent: 'govuk-tag--red',
  'hospital-discharge': 'govuk-tag--orange',
  standard: 'govuk-tag--grey',
  pending: 'govuk-tag--yellow',
  won: 'govuk-tag--green',
  lost: 'govuk-tag--grey',
  declined: 'govuk-tag--grey',
  expired: 'govuk-tag--grey',
  withdrawn: 'govuk-tag--grey',
  accepted: 'govuk-tag--blue',
  stale: 'govuk-tag--orange',
  missing: 'govuk-tag--red',
  current: 'govuk-tag--green',
  'in-force': 'govuk-tag--green',
  future: 'govuk-tag--blue',
  superseded: 'govuk-tag--grey',
  suspended: 'govuk-tag--orange',
  exited: 'govuk-tag--grey',
  mobilising: 'govuk-tag--blue',
  red: 'govuk-tag--red',
  amber: 'govuk-tag--orange',
  green: 'govuk-tag--green',
  open: 'govuk-tag--yellow',
  confirmed: 'govuk-tag--green',
  dismissed: 'govuk-tag--grey',
  promotion: 'govuk-tag--turquoise',
  demotion: 'govuk-tag--pink',
  'cqc-downgrade': 'govuk-tag--red',
};

export function tagClass(code: string): string {
  return TAG_CLASSES[code] ?? '';
}
