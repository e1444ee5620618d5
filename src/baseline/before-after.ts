/**
 * The before-and-after comparison of pick-up times (docs/imports.md "Before and after"; C7, HC20 ¶8,
 * ¶47): referrals requested before a chosen day (1 November 2021, the framework's start, by default)
 * against those requested on or after it, by band and by zone, with the counts behind every figure.
 * Pure: referrals in, figures out. A wait is the days from request to placement.
 *
 * Example: before [2, 4, never] → { referrals: 3, placed: 2, unplaced: 1, medianDays: 3, p90Days: 3.8 }.
 */
import { medianAndP90 } from '../performance/kpis/percentiles';

export interface ComparedReferral {
  requestedOn: string;
  /** Days from request to placement; null when never placed. */
  waitDays: number | null;
  zoneId: string;
  band: string;
  source: 'baseline' | 'service';
}

export interface WaitFigures {
  referrals: number;
  placed: number;
  unplaced: number;
  medianDays: number | null;
  p90Days: number | null;
  /** Of the referrals, how many came from the baseline import and how many from the service's own. */
  fromBaseline: number;
  fromService: number;
}

export interface BeforeAfterPair {
  before: WaitFigures;
  after: WaitFigures;
}

export interface BeforeAfter {
  date: string;
  all: BeforeAfterPair;
  byBand: Record<string, BeforeAfterPair>;
  byZone: Record<string, BeforeAfterPair>;
}

const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

export function waitFigures(referrals: readonly ComparedReferral[]): WaitFigures {
  const waits = referrals.flatMap((r) => (r.waitDays === null ? [] : [r.waitDays]));
  const { median, p90 } = medianAndP90(waits);
  const fromBaseline = referrals.filter((r) => r.source === 'baseline').length;
  return {
    referrals: referrals.length,
    placed: waits.length,
    unplaced: referrals.length - waits.length,
    medianDays: round1(median),
    p90Days: round1(p90),
    fromBaseline,
    fromService: referrals.length - fromBaseline,
  };
}

function pair(referrals: readonly ComparedReferral[], date: string): BeforeAfterPair {
  return {
    before: waitFigures(referrals.filter((r) => r.requestedOn < date)),
    after: waitFigures(referrals.filter((r) => r.requestedOn >= date)),
  };
}

function pairsBy(referrals: readonly ComparedReferral[], date: string, key: (r: ComparedReferral) => string) {
  const groups = new Map<string, ComparedReferral[]>();
  for (const r of referrals) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  const keys = [...groups.keys()].sort();
  return Object.fromEntries(keys.map((k) => [k, pair(groups.get(k)!, date)]));
}

export function compareBeforeAfter(referrals: readonly ComparedReferral[], date: string): BeforeAfter {
  return {
    date,
    all: pair(referrals, date),
    byBand: pairsBy(referrals, date, (r) => r.band),
    byZone: pairsBy(referrals, date, (r) => r.zoneId),
  };
}
