/**
 * The CQC ratings register's vocabulary and rules (docs/cqc-ratings.md;
 * docs/specification/quality-and-performance.md §7.3): a rating per registered location and key
 * question with its publication date, history kept. Pure functions only.
 */
import { CQC_RATINGS, type CqcRating } from '../model';

export { CQC_RATINGS, type CqcRating };

/** The CQC's five key questions and the overall rating ("Domain" in its files). */
export const KEY_QUESTIONS = ['overall', 'safe', 'effective', 'caring', 'responsive', 'well-led'] as const;
export type KeyQuestion = (typeof KEY_QUESTIONS)[number];

/** Where a register row came from. */
export const RATING_SOURCES = ['carried-over', 'admission', 'provider-record', 'evidence', 'import'] as const;
export type RatingSource = (typeof RATING_SOURCES)[number];

/** One published rating of one location and key question. */
export interface RatingEntry {
  id: number;
  providerId: number;
  locationId: string;
  keyQuestion: KeyQuestion;
  rating: CqcRating;
  publishedOn: string;
}

/** A provider's rating for one key question: its worst location's, with that rating's date. */
export interface ProviderKeyRating {
  rating: CqcRating;
  publishedOn: string;
  locationId: string;
}
export type ProviderRatings = Partial<Record<KeyQuestion, ProviderKeyRating>>;

/** Higher is better; "not yet rated" has no rank. */
const RANK: Record<CqcRating, number | null> = {
  outstanding: 4,
  good: 3,
  'requires-improvement': 2,
  inadequate: 1,
  'not-yet-rated': null,
};

/**
 * The current entry per location and key question: the latest publication date, and on the same
 * date the one recorded last (a correction).
 *
 * @example currentEntries([{ locationId: 'L', keyQuestion: 'safe', publishedOn: '2025-01-01', … },
 *   { locationId: 'L', keyQuestion: 'safe', publishedOn: '2026-02-01', … }]) // the 2026 one
 */
export function currentEntries(entries: readonly RatingEntry[]): RatingEntry[] {
  const latest = new Map<string, RatingEntry>();
  for (const e of entries) {
    const key = `${e.locationId}|${e.keyQuestion}`;
    const held = latest.get(key);
    if (!held || e.publishedOn > held.publishedOn || (e.publishedOn === held.publishedOn && e.id > held.id))
      latest.set(key, e);
  }
  return [...latest.values()];
}

/**
 * A provider's ratings from its locations' current entries: per key question the worst rated
 * location's rating (a provider is as good as its weakest registered service); "not yet rated" only
 * when no location is rated for that question.
 */
export function providerRatings(current: readonly RatingEntry[]): ProviderRatings {
  const out: ProviderRatings = {};
  for (const e of current) {
    const held = out[e.keyQuestion];
    if (!held || isWorse(e.rating, held.rating))
      out[e.keyQuestion] = { rating: e.rating, publishedOn: e.publishedOn, locationId: e.locationId };
  }
  return out;
}

function isWorse(a: CqcRating, b: CqcRating): boolean {
  const ra = RANK[a];
  const rb = RANK[b];
  if (ra === null) return false;
  return rb === null || ra < rb;
}

export interface Downgrade {
  keyQuestion: KeyQuestion;
  from: CqcRating | null;
  to: CqcRating;
  publishedOn: string;
}

/**
 * What counts as a downgrade (issue 19, docs/cqc-ratings.md): any key question down at least a
 * level, or the overall rating newly Inadequate or Requires improvement (also from "not yet rated").
 */
export function downgrades(before: ProviderRatings, after: ProviderRatings): Downgrade[] {
  const out: Downgrade[] = [];
  for (const question of KEY_QUESTIONS) {
    const was = before[question];
    const now = after[question];
    if (!now || now.rating === was?.rating) continue;
    const wasRank = was ? RANK[was.rating] : null;
    const nowRank = RANK[now.rating];
    const lower = wasRank !== null && nowRank !== null && nowRank < wasRank;
    const failingOverall =
      question === 'overall' && (now.rating === 'inadequate' || now.rating === 'requires-improvement');
    if (lower || failingOverall)
      out.push({
        keyQuestion: question,
        from: was?.rating ?? null,
        to: now.rating,
        publishedOn: now.publishedOn,
      });
  }
  return out;
}
