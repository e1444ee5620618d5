/**
 * The rules of a hand-back's notice (docs/specification/hand-backs.md §6.3), pure: whether a
 * commissioner must approve it, when re-brokering opens, and the earliest start for the next
 * provider.
 *
 * Example (28 days' notice needing no approval, re-brokering at once):
 * noticeTerms({ reason: 'staffing', noticeDate: '2026-02-02', today: '2026-01-05', rules })
 * → { approval: 'not-needed', rebrokerOpensOn: '2026-01-05' }
 */
import type { HandBackConfig } from '../../config';
import { addDays, type IsoDate } from '../../calendar/dates';

/** not-needed: notice long enough (or a reason that cannot wait); pending until a commissioner decides. */
export type HandBackApproval = 'not-needed' | 'pending' | 'approved' | 'refused';

/** Reasons for which short notice needs nobody's approval: care is unsafe, or the provider is leaving. */
export const SHORT_NOTICE_REASONS: readonly string[] = ['safety', 'provider-exit'];

export type NoticeRules = Pick<HandBackConfig, 'noticeDays' | 'rebrokerLeadDays'>;

/** The earliest notice date that needs no approval when notice is given on `today`. */
export function minimumNoticeDate(today: IsoDate, rules: Pick<NoticeRules, 'noticeDays'>): IsoDate {
  return addDays(today, rules.noticeDays);
}

/** The day re-brokering opens: `rebrokerLeadDays` before the notice date, never before today. */
export function rebrokerOpensOn(noticeDate: IsoDate, today: IsoDate, rules: NoticeRules): IsoDate {
  if (rules.rebrokerLeadDays === null) return today;
  const opens = addDays(noticeDate, -rules.rebrokerLeadDays);
  return opens < today ? today : opens;
}

export function noticeTerms(notice: {
  reason: string;
  noticeDate: IsoDate;
  today: IsoDate;
  rules: NoticeRules;
}): { approval: HandBackApproval; rebrokerOpensOn: IsoDate } {
  const { reason, noticeDate, today, rules } = notice;
  const short = noticeDate < minimumNoticeDate(today, rules) && !SHORT_NOTICE_REASONS.includes(reason);
  return {
    approval: short ? 'pending' : 'not-needed',
    rebrokerOpensOn: rebrokerOpensOn(noticeDate, today, rules),
  };
}

/**
 * The next provider starts the day after the outgoing one stops: an award's agreed start is moved
 * to that day when it would be earlier. Example: notice date 2026-02-02, proposed 2026-01-20 → 2026-02-03.
 */
export function startAfterNotice(agreedStart: IsoDate, noticeDate: IsoDate | null): IsoDate {
  if (noticeDate === null) return agreedStart;
  const first = addDays(noticeDate, 1);
  return agreedStart < first ? first : agreedStart;
}
