/**
 * Hand-backs as the KPIs and the score count them, pure (docs/quality-score.md "Hand-backs";
 * docs/specification/hand-backs.md §6.3). A hand-back is *without notice* when the notice date
 * was sooner than the default notice period after the day it was given, for a reason that needs
 * notice (not safety, not the provider leaving the market), whether or not a commissioner approved
 * it: approval protects the person, not the provider's record.
 *
 * Example (28 days' notice by default): given 2026-01-05 for 'staffing' with notice date
 * 2026-01-12 → without notice; notice date 2026-02-02 → with notice; 'safety' on 2026-01-06 → with notice.
 */
import { londonDate, type IsoDate } from '../../calendar/dates';
import { minimumNoticeDate, SHORT_NOTICE_REASONS } from '../../packages/hand-back/notice';
import type { HandBackAggregate } from './kpis';

/** One hand-back as stored on the episode the provider held. */
export interface GivenHandBack {
  givenAt: number;
  reason: string | null;
  /** Null for hand-backs recorded before notice was (nothing to judge them by). */
  noticeDate: IsoDate | null;
  approval: string | null;
  weeklyMinutes: number;
}

export function isWithoutNotice(h: GivenHandBack, noticeDays: number): boolean {
  if (h.reason !== null && SHORT_NOTICE_REASONS.includes(h.reason)) return false;
  // A refusal replaced the short notice date with the full one; the notice given was still short.
  if (h.approval === 'refused') return true;
  if (h.noticeDate === null) return false;
  return h.noticeDate < minimumNoticeDate(londonDate(h.givenAt), { noticeDays });
}

/** Adds one hand-back to its group's counts. */
export function addHandBack(agg: HandBackAggregate, h: GivenHandBack, noticeDays: number): void {
  const reason = h.reason ?? 'unspecified';
  const byReason = agg.byReason[reason] ?? { count: 0, weeklyMinutes: 0 };
  agg.count += 1;
  agg.weeklyMinutes += h.weeklyMinutes;
  agg.byReason[reason] = {
    count: byReason.count + 1,
    weeklyMinutes: byReason.weeklyMinutes + h.weeklyMinutes,
  };
  if (isWithoutNotice(h, noticeDays)) agg.withoutNotice += 1;
}
