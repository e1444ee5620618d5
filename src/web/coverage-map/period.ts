import { IsoDate } from '../../calendar/dates';
import { CoverageReportQuery } from '../../reports/schemas';
import { dateField, dateParts, fieldErrors, partsOf, type FieldErrors, type FormBody } from '../forms';

const WHAT = { from: 'the first day of the period', to: 'the last day of the period' } as const;
type End = keyof typeof WHAT;

/**
 * The report period from a page's query: each end either as a date (`from=2026-01-01`, as the
 * page's own links carry it) or as a GOV.UK date input's three fields (`from-day`…, as its form
 * sends it); blank ends take the report's defaults (the year to today). Then the API's schema
 * (CoverageReportQuery) checks the pair, so the page accepts exactly what the API would.
 */
export function periodOf(query: FormBody) {
  const errors: FieldErrors = {};
  const given: Partial<Record<End, string>> = {};
  const parts: Record<End, { day: string; month: string; year: string }> = {
    from: partsOf(null),
    to: partsOf(null),
  };
  for (const end of ['from', 'to'] as const) {
    const direct = IsoDate.safeParse(query[end]);
    if (direct.success) {
      given[end] = direct.data;
      parts[end] = partsOf(direct.data);
      continue;
    }
    parts[end] = dateParts(query, end);
    if (!parts[end].day && !parts[end].month && !parts[end].year) continue;
    const parsed = dateField(WHAT[end]).safeParse(parts[end]);
    if (parsed.success) given[end] = parsed.data;
    else errors[end] = parsed.error.issues[0]!.message;
  }
  if (Object.keys(errors).length === 0) {
    const api = CoverageReportQuery.safeParse(given);
    if (!api.success) {
      Object.assign(
        errors,
        fieldErrors(api.error, (path) => String(path[0] ?? 'to'), {
          to: 'The last day of the period must be the same as or after the first day, and at most five years after it',
        }),
      );
    }
  }
  return { given, parts, errors };
}
