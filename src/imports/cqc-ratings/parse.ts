/**
 * Reads a CQC ratings file (layout.ts) into checked rows: every location-level row is checked, and
 * each problem is reported with its row number (the header is row 1, as a spreadsheet shows it),
 * its column and why. Pure: the file and the day in, rows and refusals out.
 */
import { isIsoDate } from '../../calendar/dates';
import { cqcPublicationCheck, dateIssues } from '../../calendar/field-rules';
import { Invalid } from '../../errors';
import { csvRecords, type Refusal } from '../csv';
import type { CqcRating, KeyQuestion } from '../../providers/cqc/model';
import {
  COLUMNS,
  KNOWN_KEY_QUESTIONS,
  KNOWN_RATINGS,
  LOCATION_GROUP,
  keyQuestionOf,
  publicationDateOf,
  ratingOf,
} from './layout';

export interface CheckedRow {
  row: number;
  locationId: string;
  locationName: string | null;
  cqcProviderId: string | null;
  keyQuestion: KeyQuestion;
  rating: CqcRating;
  publishedOn: string;
}

export type { Refusal } from '../csv';

export interface ParsedFile {
  rowsRead: number;
  /** Rows about a service or population group within a location: not the location's own rating. */
  skipped: number;
  rows: CheckedRow[];
  refusals: Refusal[];
}

export function parseCqcRatings(csv: string, now: number): ParsedFile {
  const [header, ...data] = csvRecords(csv);
  if (!header) throw new Invalid('The file is empty.', [{ path: 'body', message: 'has no header row' }]);
  const at = (name: string) => header.indexOf(name);
  const domainColumn = at(COLUMNS.domain) >= 0 ? COLUMNS.domain : COLUMNS.domainOld;
  const required = [COLUMNS.locationId, domainColumn, COLUMNS.rating, COLUMNS.publicationDate];
  const missing = required.filter((name) => at(name) < 0);
  if (missing.length > 0) {
    const refusals = missing.map((column) => ({ row: 1, column, reason: 'column missing from the header' }));
    return { rowsRead: data.length, skipped: 0, rows: [], refusals };
  }
  const cell = (record: string[], name: string) => (at(name) >= 0 ? (record[at(name)] ?? '') : '');
  const out: ParsedFile = { rowsRead: data.length, skipped: 0, rows: [], refusals: [] };
  data.forEach((record, index) => {
    const row = index + 2;
    const group = cell(record, COLUMNS.serviceGroup);
    if (at(COLUMNS.serviceGroup) >= 0 && group.toLowerCase() !== LOCATION_GROUP) {
      out.skipped += 1;
      return;
    }
    const checked = checkRow({ row, cell: (name) => cell(record, name), domainColumn, now });
    if ('refusals' in checked) out.refusals.push(...checked.refusals);
    else out.rows.push(checked);
  });
  return out;
}

function checkRow(input: {
  row: number;
  cell: (name: string) => string;
  domainColumn: string;
  now: number;
}): CheckedRow | { refusals: Refusal[] } {
  const { row, cell, domainColumn, now } = input;
  const refusals: Refusal[] = [];
  const refuse = (column: string, reason: string) => refusals.push({ row, column, reason });
  const locationId = cell(COLUMNS.locationId);
  if (locationId === '') refuse(COLUMNS.locationId, 'is empty');
  else if (locationId.length > 40) refuse(COLUMNS.locationId, 'is longer than 40 characters');
  const keyQuestion = keyQuestionOf(cell(domainColumn));
  if (!keyQuestion) refuse(domainColumn, `"${cell(domainColumn)}" is not one of ${KNOWN_KEY_QUESTIONS}`);
  const rating = ratingOf(cell(COLUMNS.rating));
  if (!rating) refuse(COLUMNS.rating, `"${cell(COLUMNS.rating)}" is not a CQC rating (${KNOWN_RATINGS})`);
  const publishedOn = publishedOnOf(cell(COLUMNS.publicationDate), now, refuse);
  if (refusals.length > 0 || !keyQuestion || !rating || !publishedOn) return { refusals };
  const providerId = cell(COLUMNS.providerId);
  const name = cell(COLUMNS.locationName);
  return {
    row,
    locationId,
    locationName: name === '' ? null : name.slice(0, 200),
    cqcProviderId: providerId === '' ? null : providerId.slice(0, 40),
    keyQuestion,
    rating,
    publishedOn,
  };
}

/** The publication date, checked with the calendar's rule for it (src/calendar/field-rules.ts). */
function publishedOnOf(
  value: string,
  now: number,
  refuse: (column: string, reason: string) => void,
): string | undefined {
  const date = publicationDateOf(value);
  if (!date || !isIsoDate(date)) {
    refuse(COLUMNS.publicationDate, `"${value}" is not a date (day/month/year, e.g. 01/02/2026)`);
    return undefined;
  }
  const [issue] = dateIssues([cqcPublicationCheck(COLUMNS.publicationDate, date, now)]);
  if (issue) {
    refuse(COLUMNS.publicationDate, issue.message);
    return undefined;
  }
  return date;
}
