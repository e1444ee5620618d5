/**
 * Checks one visit record, from a CSV row or a JSON batch item, field by field (docs/visits.md
 * "Columns"): every problem is a refusal naming the row, the column as the caller wrote it, and
 * why. Pure: the package reference is resolved later (./record.ts).
 */
import { londonDate } from '../calendar/dates';
import { dateIssues, visitActualCheck, visitPlannedCheck, type DateCheck } from '../calendar/field-rules';
import type { Refusal } from '../imports/csv';
import type { CheckedVisit } from './model';
import { parseVisitInstant } from './instant';

export const VISIT_FIELDS = [
  'packageReference',
  'plannedStart',
  'plannedMinutes',
  'actualStart',
  'actualEnd',
  'carersPresent',
] as const;
export type VisitField = (typeof VISIT_FIELDS)[number];

/** The CSV's column names (snake_case, like the coverage CSV). */
export const VISIT_COLUMNS: Record<VisitField, string> = {
  packageReference: 'package_reference',
  plannedStart: 'planned_start',
  plannedMinutes: 'planned_minutes',
  actualStart: 'actual_start',
  actualEnd: 'actual_end',
  carersPresent: 'carers_present',
};

/** A delivered visit longer than this is a clock error, not care. */
const MAX_VISIT_MINUTES = 24 * 60;
const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;

/**
 * londonDate, remembered by the hour: England's offset is a whole hour, so every instant of one UTC
 * hour has the same England date, and a file's visits fall in few hours (Intl formatting is most
 * of a row's checking otherwise).
 */
const datesByHour = new Map<number, string>();
function englandDateOf(ms: number): string {
  const hour = Math.floor(ms / MS_PER_HOUR);
  let date = datesByHour.get(hour);
  if (date === undefined) {
    if (datesByHour.size >= 100_000) datesByHour.clear();
    date = londonDate(hour * MS_PER_HOUR);
    datesByHour.set(hour, date);
  }
  return date;
}
/** The rules' ranges depend only on the day of `now`: worked out once per upload, not per cell. */
let rangesAt: { now: number; plannedStart: DateCheck; actual: DateCheck } | undefined;
function rangeOf(field: 'plannedStart' | 'actualStart' | 'actualEnd', now: number): DateCheck {
  if (rangesAt?.now !== now) {
    const date = londonDate(now);
    rangesAt = {
      now,
      plannedStart: visitPlannedCheck('', date, now),
      actual: visitActualCheck('', date, now),
    };
  }
  return field === 'plannedStart' ? rangesAt.plannedStart : rangesAt.actual;
}

const INSTANT_FORMS = 'an ISO 8601 instant (2026-01-05T09:00:00Z) or an England time (2026-01-05 09:00)';

interface RowInput {
  row: number;
  /** The field's text ('' when absent). */
  cell: (field: VisitField) => string;
  /** How the caller names the field in a refusal (the CSV column, or the JSON path). */
  name: (field: VisitField) => string;
  now: number;
}

export function checkVisitRow({ row, cell, name, now }: RowInput): CheckedVisit | { refusals: Refusal[] } {
  const refusals: Refusal[] = [];
  const refuse = (field: VisitField, reason: string) => refusals.push({ row, column: name(field), reason });
  const packageReference = cell('packageReference').trim();
  if (packageReference === '') refuse('packageReference', 'is empty');
  else if (packageReference.length > 40) refuse('packageReference', 'is longer than 40 characters');
  const plannedStart = instantOf({ field: 'plannedStart', cell, refuse, now, required: true });
  const plannedMinutes = wholeNumber(cell('plannedMinutes'), { min: 1, max: MAX_VISIT_MINUTES });
  if (plannedMinutes === undefined)
    refuse('plannedMinutes', `"${cell('plannedMinutes')}" is not a whole number of minutes from 1 to 1440`);
  const actualStart = instantOf({ field: 'actualStart', cell, refuse, now, required: false });
  const actualEnd = instantOf({ field: 'actualEnd', cell, refuse, now, required: false });
  const carersText = cell('carersPresent').trim();
  const carersPresent = carersText === '' ? null : wholeNumber(carersText, { min: 0, max: 4 });
  if (carersPresent === undefined)
    refuse('carersPresent', `"${carersText}" is not a whole number from 0 to 4`);
  if ((actualStart === null) !== (actualEnd === null))
    refuse(
      actualStart === null ? 'actualStart' : 'actualEnd',
      'give both actual times, or neither for a missed visit',
    );
  if (actualStart && actualEnd) {
    if (actualEnd <= actualStart) refuse('actualEnd', 'is not after actual_start');
    else if (actualEnd - actualStart > MAX_VISIT_MINUTES * MS_PER_MINUTE)
      refuse('actualEnd', 'is more than 24 hours after actual_start');
    if (plannedStart && Math.abs(actualStart - plannedStart) > MAX_VISIT_MINUTES * MS_PER_MINUTE)
      refuse('actualStart', 'is more than 24 hours from planned_start: is it the same visit?');
  }
  if (actualStart === null && actualEnd === null && carersPresent)
    refuse('carersPresent', 'a missed visit (no actual times) has no carers present');
  if (refusals.length > 0) return { refusals };
  return {
    row,
    packageReference,
    plannedStart: plannedStart!,
    plannedMinutes: plannedMinutes!,
    actualStart: actualStart ?? null,
    actualEnd: actualEnd ?? null,
    carersPresent: carersPresent ?? null,
  };
}

function wholeNumber(text: string, range: { min: number; max: number }): number | undefined {
  const v = text.trim();
  if (!/^\d{1,5}$/.test(v)) return undefined;
  const n = Number(v);
  return n >= range.min && n <= range.max ? n : undefined;
}

/** The field's instant, checked with the calendar's rule for it; null when empty and optional. */
function instantOf(input: {
  field: 'plannedStart' | 'actualStart' | 'actualEnd';
  cell: (field: VisitField) => string;
  refuse: (field: VisitField, reason: string) => void;
  now: number;
  required: boolean;
}): number | null | undefined {
  const { field, cell, refuse, now } = input;
  const text = cell(field).trim();
  if (text === '') {
    if (input.required) refuse(field, 'is empty');
    return input.required ? undefined : null;
  }
  const ms = parseVisitInstant(text);
  if (ms === undefined) {
    refuse(field, `"${text}" is not ${INSTANT_FORMS}`);
    return undefined;
  }
  const [issue] = dateIssues([{ ...rangeOf(field, now), path: field, value: englandDateOf(ms) }]);
  if (field !== 'plannedStart' && !issue && ms > now) {
    refuse(field, 'is in the future');
    return undefined;
  }
  if (issue) {
    refuse(field, issue.message);
    return undefined;
  }
  return ms;
}
