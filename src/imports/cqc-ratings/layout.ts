/**
 * The layout of the CQC's "Care directory with ratings" file, Locations sheet, as the regulator
 * publishes it monthly (docs/cqc-ratings.md "The file"): one row per location, service or
 * population group, and key question. Only the columns read here are named; the others (address,
 * region, brand…) are ignored. Older editions call the key-question column "Key Question".
 */
import type { CqcRating, KeyQuestion } from '../../providers/cqc/model';

export const COLUMNS = {
  locationId: 'Location ID',
  locationName: 'Location Name',
  providerId: 'Provider ID',
  serviceGroup: 'Service / Population Group',
  domain: 'Domain',
  domainOld: 'Key Question',
  rating: 'Latest Rating',
  publicationDate: 'Publication Date',
} as const;

/** Rows of this group are the location's own ratings; other groups break them down by service. */
export const LOCATION_GROUP = 'overall';

const KEY_QUESTION_WORDS: Record<string, KeyQuestion> = {
  overall: 'overall',
  safe: 'safe',
  effective: 'effective',
  caring: 'caring',
  responsive: 'responsive',
  'well-led': 'well-led',
  'well led': 'well-led',
};

/**
 * The ratings the CQC publishes. "Insufficient evidence to rate" and "Not rated" are both a
 * location the register holds as not yet rated (no points in the score, not a failure).
 */
const RATING_WORDS: Record<string, CqcRating> = {
  outstanding: 'outstanding',
  good: 'good',
  'requires improvement': 'requires-improvement',
  inadequate: 'inadequate',
  'not rated': 'not-yet-rated',
  'not yet rated': 'not-yet-rated',
  'insufficient evidence to rate': 'not-yet-rated',
};

const words = (value: string) => value.trim().toLowerCase().replace(/\s+/g, ' ');

export function keyQuestionOf(value: string): KeyQuestion | undefined {
  return KEY_QUESTION_WORDS[words(value)];
}

export function ratingOf(value: string): CqcRating | undefined {
  return RATING_WORDS[words(value)];
}

export const KNOWN_RATINGS =
  'Outstanding, Good, Requires improvement, Inadequate, Not rated, Insufficient evidence to rate';
export const KNOWN_KEY_QUESTIONS = 'Overall, Safe, Effective, Caring, Responsive, Well-led';

/** '01/02/2026' (the file's day/month/year) or '2026-02-01' as 'YYYY-MM-DD'; undefined otherwise. */
export function publicationDateOf(value: string): string | undefined {
  const v = value.trim();
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (dmy) return `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
}
