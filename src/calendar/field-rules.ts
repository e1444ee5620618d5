/**
 * The range each date field of the service accepts, decided here and nowhere else. `IsoDate`
 * (./dates.ts) already holds every date to the years 1900–2200; these rules narrow a field to what
 * it can mean on the day it is given ("today" is the day in England of the injected clock).
 * A date outside its field's range is refused with 400 naming the field, before anything is stored.
 * The ranges are listed for callers in docs/api.md ("Dates").
 */
import { Invalid, type FieldIssue } from '../errors';
import { addDays, londonDate, type IsoDate } from './dates';

/** The framework began on 1 November 2021 (docs/specification/README.md §0.4): no period of the service starts earlier. */
export const SERVICE_START: IsoDate = '2021-11-01';

/** How far ahead a date may be planned: a year. */
export const DAYS_AHEAD = 365;

/** How far in the past an officer may still record a wanted start (a referral typed up late). */
export const WANTED_START_DAYS_PAST = 14;

/** One end of a field's range: the date and how a caller would say it ("today", "the award"). */
export interface Bound {
  date: IsoDate;
  what: string;
}

/** A date field given in a request, with the range its rule allows (either end may be open). */
export interface DateCheck {
  /** The field as the problem names it, e.g. 'body.wantedStart'. */
  path: string;
  value: IsoDate | undefined;
  earliest?: Bound;
  latest?: Bound;
}

/** The issues of the given checks: a field before its earliest or after its latest date. */
export function dateIssues(checks: readonly DateCheck[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const { path, value, earliest, latest } of checks) {
    if (value === undefined) continue;
    if (earliest && value < earliest.date)
      issues.push({ path, message: `must not be before ${earliest.what} (${earliest.date})` });
    else if (latest && value > latest.date)
      issues.push({ path, message: `must not be after ${latest.what} (${latest.date})` });
  }
  return issues;
}

/** Throws 400 naming every date outside its field's range. */
export function requireDatesInRange(checks: readonly DateCheck[]): void {
  const issues = dateIssues(checks);
  if (issues.length > 0) throw new Invalid('A date is outside the range its field allows.', issues);
}

const today = (now: number): Bound => ({ date: londonDate(now), what: 'today' });
const yearAhead = (now: number): Bound => ({
  date: addDays(londonDate(now), DAYS_AHEAD),
  what: 'a year from today',
});

/** Wanted start of care: from 14 days ago (a late referral) to a year ahead. */
export function wantedStartCheck(path: string, value: IsoDate | undefined, now: number): DateCheck {
  const earliest = {
    date: addDays(londonDate(now), -WANTED_START_DAYS_PAST),
    what: `${WANTED_START_DAYS_PAST} days ago`,
  };
  return { path, value, earliest, latest: yearAhead(now) };
}

/** The start a provider proposes on accepting an offer: today to a year ahead. */
export function proposedStartCheck(path: string, value: IsoDate | undefined, now: number): DateCheck {
  return { path, value, earliest: today(now), latest: yearAhead(now) };
}

/** "Care started on": not before the award, not after today. */
export function careStartedCheck(
  path: string,
  value: IsoDate,
  when: { awardedAt: number | null; now: number },
): DateCheck {
  const earliest =
    when.awardedAt === null ? undefined : { date: londonDate(when.awardedAt), what: 'the award' };
  return { path, value, ...(earliest ? { earliest } : {}), latest: today(when.now) };
}

/** A hand-back's notice date: not in the past. */
export function noticeDateCheck(path: string, value: IsoDate, now: number): DateCheck {
  return { path, value, earliest: today(now) };
}

/** A hand-back's last planned visit: from today to the notice date (care stops by then). */
export function lastVisitCheck(
  path: string,
  value: IsoDate | undefined,
  when: { noticeDate: IsoDate; now: number },
): DateCheck {
  return {
    path,
    value,
    earliest: today(when.now),
    latest: { date: when.noticeDate, what: 'the notice date' },
  };
}

/** A provider's exit from the market: from today to a year ahead. */
export function exitDateCheck(path: string, value: IsoDate, now: number): DateCheck {
  return { path, value, earliest: today(now), latest: yearAhead(now) };
}

/**
 * A discharge to assess package's funded period and review (docs/specification/allocation.md §5.15): the
 * period ends from today to a year ahead; the review is due from today to the period's last day, so that
 * it is decided before council funding would take over.
 */
export function d2aChecks(
  part: 'body',
  dates: { fundedUntil?: IsoDate | undefined; reviewDue?: IsoDate | undefined },
  now: number,
): DateCheck[] {
  const fundedUntil: DateCheck = {
    path: `${part}.fundedUntil`,
    value: dates.fundedUntil,
    earliest: today(now),
    latest: yearAhead(now),
  };
  const periodEnd = dates.fundedUntil ? { date: dates.fundedUntil, what: 'fundedUntil' } : yearAhead(now);
  const reviewDue = {
    path: `${part}.reviewDue`,
    value: dates.reviewDue,
    earliest: today(now),
    latest: periodEnd,
  };
  return [fundedUntil, reviewDue];
}

/** Quality evidence happened after the provider joined the framework and not in the future. */
export function evidenceDateCheck(
  path: string,
  value: IsoDate,
  when: { joinedOn: IsoDate; now: number },
): DateCheck {
  return {
    path,
    value,
    earliest: { date: when.joinedOn, what: 'the provider joined the framework' },
    latest: today(when.now),
  };
}

/** A month the provider-risk RAG is asked for: from the framework's first month to this month. */
export function riskMonthCheck(path: string, month: string | undefined, now: number): DateCheck {
  return {
    path,
    value: month === undefined ? undefined : `${month}-01`,
    earliest: { date: SERVICE_START, what: 'the framework started' },
    latest: { date: `${londonDate(now).slice(0, 7)}-01`, what: 'this month' },
  };
}

/** A report or KPI period's ends: within the service's life, from its start to a year ahead. */
export function periodChecks(
  part: 'query' | 'body',
  dates: { from?: IsoDate; to?: IsoDate },
  now: number,
): DateCheck[] {
  const earliest = { date: SERVICE_START, what: 'the framework started' };
  return (['from', 'to'] as const).map((end) => ({
    path: `${part}.${end}`,
    value: dates[end],
    earliest,
    latest: yearAhead(now),
  }));
}

/**
 * A RAG target's first day: from today to a year ahead. A target never applies to days already
 * reported, so a past report keeps the RAG it was judged by.
 */
export function ragTargetFromCheck(path: string, value: IsoDate, now: number): DateCheck {
  return { path, value, earliest: today(now), latest: yearAhead(now) };
}

/** The day RAG targets are read for: within the service's life, from its start to a year ahead. */
export function targetDayCheck(path: string, value: IsoDate | undefined, now: number): DateCheck {
  return {
    path,
    value,
    earliest: { date: SERVICE_START, what: 'the framework started' },
    latest: yearAhead(now),
  };
}

/** An admission round's closing day: from today to a year ahead (docs/specification/providers-and-framework.md §4.15). */
export function roundClosesCheck(path: string, value: IsoDate, now: number): DateCheck {
  return { path, value, earliest: today(now), latest: yearAhead(now) };
}

/**
 * CQC's ratings under the Health and Social Care Act 2008 began with registration in October 2010;
 * no rating the regulator publishes is older, and none is published in the future.
 */
export const CQC_REGISTRATION_START: IsoDate = '2010-10-01';

/** A CQC rating's publication date (the register, src/providers/cqc): from October 2010 to today. */
export function cqcPublicationCheck(path: string, value: IsoDate, now: number): DateCheck {
  return {
    path,
    value,
    earliest: { date: CQC_REGISTRATION_START, what: 'CQC registration began' },
    latest: today(now),
  };
}

/**
 * A visit's planned start (src/visits, the England date of the instant): from the framework's
 * start to a year ahead, so that a rota can be uploaded before the visits happen.
 */
export function visitPlannedCheck(path: string, value: IsoDate, now: number): DateCheck {
  return {
    path,
    value,
    earliest: { date: SERVICE_START, what: 'the framework began' },
    latest: yearAhead(now),
  };
}

/** A visit's actual start or end: from the framework's start to today (it has happened). */
export function visitActualCheck(path: string, value: IsoDate, now: number): DateCheck {
  return { path, value, earliest: { date: SERVICE_START, what: 'the framework began' }, latest: today(now) };
}

/**
 * A negotiated rate's first day (docs/specification/rates-and-costs.md §3.9): not before the
 * package's intake day (no care was given earlier) and at most a year ahead. It may be in the
 * past: a rate agreed late is paid from the day it was agreed to apply.
 */
export function negotiatedRateFromCheck(
  path: string,
  value: IsoDate,
  context: { intakeDay: IsoDate; now: number },
): DateCheck {
  return {
    path,
    value,
    earliest: { date: context.intakeDay, what: 'the package’s intake' },
    latest: yearAhead(context.now),
  };
}

/** A budget's financial year (April–March): from the framework's first to the one a year ahead starts in. */
export function budgetYearCheck(path: string, year: number, now: number): DateCheck {
  return {
    path,
    value: `${year}-04-01`,
    earliest: { date: '2021-04-01', what: 'the financial year the framework started in' },
    latest: { date: addDays(londonDate(now), DAYS_AHEAD), what: 'a year from today' },
  };
}

/**
 * The day an imported package's care started (or starts) with its provider (docs/imports.md): already in
 * care at go-live, or taken over from another framework up to a year ahead. No earliest day: a long
 * package may have started decades ago.
 */
export function caseloadStartCheck(path: string, value: IsoDate, now: number): DateCheck {
  return { path, value, latest: yearAhead(now) };
}

/** A past referral of the old framework (docs/imports.md): requested on or before today. */
export function baselineRequestCheck(path: string, value: IsoDate, now: number): DateCheck {
  return { path, value, latest: today(now) };
}

/** A past referral's placement: not before its request, not after today. */
export function baselinePlacementCheck(
  path: string,
  value: IsoDate | undefined,
  when: { requestedOn: IsoDate; now: number },
): DateCheck {
  return {
    path,
    value,
    earliest: { date: when.requestedOn, what: 'the request date' },
    latest: today(when.now),
  };
}

/** The day the before-and-after report divides at: any day up to today (the baseline may reach back years). */
export function comparisonDateCheck(path: string, value: IsoDate, now: number): DateCheck {
  return { path, value, latest: today(now) };
}
