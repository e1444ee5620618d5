import { hasHardNeeds, type CarerGender, type Needs, type Specialism } from '../packages/model';

/**
 * Whether a provider can meet a package's needs (docs/specification/allocation.md §5.16). Pure.
 * Hard needs exclude: two carers at each visit, the carers' gender, specialisms. Languages never
 * exclude: they only order providers of equal score (policy.ts compareForRanking).
 *
 * Example: needs { twoCarers: true, carerGender: 'female', specialisms: [] } and a declaration
 * { doubleUpPackages: 0, carerGenders: ['female'] } → ['cannot-double-up'].
 */

/** What a provider declared it can meet in the zone (src/providers/needs-declarations.ts). */
export interface NeedsDeclaration {
  specialisms: Specialism[];
  languages: string[];
  /** How many more two-carer packages it can take now; 0: none. */
  doubleUpPackages: number;
  /** The carers' genders it can guarantee on every visit. */
  carerGenders: Exclude<CarerGender, 'any'>[];
}

export type NeedsExclusion =
  | 'no-needs-declared'
  | 'cannot-double-up'
  | 'carer-gender-unavailable'
  | 'specialism-not-declared'
  | 'not-on-specialist-list';

export interface NeedsCheck {
  needs: Needs;
  declaration: NeedsDeclaration | null;
  /** Specialisms the council appointed the provider for on the countywide list. */
  specialistFor: readonly Specialism[];
  /** The specialist-list round: only providers appointed for every specialism the package calls for. */
  specialistRound: boolean;
}

export function needsExclusions(check: NeedsCheck): NeedsExclusion[] {
  const { needs, declaration, specialistFor, specialistRound } = check;
  const reasons: NeedsExclusion[] = [];
  const missingSpecialisms = needs.specialisms.filter((s) => !specialistFor.includes(s));
  if (specialistRound && missingSpecialisms.length > 0) reasons.push('not-on-specialist-list');
  // An appointment to the specialist list vouches for the service in every round (§5.17).
  const declared = { ...needs, specialisms: missingSpecialisms };
  if (!hasHardNeeds(declared)) return reasons;
  // No declaration: unable for the hard needs the package has, and only for them (§5.16).
  if (declaration === null) return [...reasons, 'no-needs-declared'];
  if (needs.twoCarers && declaration.doubleUpPackages < 1) reasons.push('cannot-double-up');
  if (needs.carerGender !== 'any' && !declaration.carerGenders.includes(needs.carerGender)) {
    reasons.push('carer-gender-unavailable');
  }
  if (declared.specialisms.some((s) => !declaration.specialisms.includes(s))) {
    reasons.push('specialism-not-declared');
  }
  return reasons;
}

/** Whether the provider declared every language the package prefers; null when it prefers none. */
export function meetsLanguages(needs: Needs, declaration: NeedsDeclaration | null): boolean | null {
  if (needs.languages.length === 0) return null;
  return needs.languages.every((code) => declaration?.languages.includes(code) ?? false);
}
