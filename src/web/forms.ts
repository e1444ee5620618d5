import { z } from 'zod';
import { isIsoDate } from '../calendar/dates';
import { dateIssues, type DateCheck } from '../calendar/field-rules';
import { Invalid, type FieldIssue } from '../errors';
import { poundsToPence } from '../pricing/money';

/**
 * Form handling for the pages. A form is checked in two steps: a form schema turns the posted
 * text into the API's input with messages in the GOV.UK style ("Enter the weekly hours"), then
 * the API's own schema (src/…/schemas.ts) applies the domain's rules, so a form can never accept
 * what the API would refuse. Errors are keyed by field name, one message per field, in form order.
 */
export type FieldErrors = Record<string, string>;
export type FormBody = Record<string, string | string[] | undefined>;

export type Checked<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** The error summary's links (govukErrorSummary errorList), each to its field. */
export function errorList(errors: FieldErrors, anchors: Record<string, string> = {}) {
  return Object.entries(errors).map(([field, text]) => ({ text, href: `#${anchors[field] ?? field}` }));
}

/** One value of a posted field ('' when missing; the first when sent twice). */
export function text(body: FormBody | undefined, name: string): string {
  const value = body?.[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/** Every value of a repeated field (checkboxes). */
export function list(body: FormBody | undefined, name: string): string[] {
  const value = body?.[name];
  if (value === undefined || value === '') return [];
  return Array.isArray(value) ? value : [value];
}

/** A GOV.UK date input's three parts, as posted (name-day, name-month, name-year). */
export function dateParts(body: FormBody | undefined, name: string) {
  return {
    day: text(body, `${name}-day`),
    month: text(body, `${name}-month`),
    year: text(body, `${name}-year`),
  };
}

/** Splits 'YYYY-MM-DD' back into a date input's parts, to fill the form again. */
export function partsOf(isoDate: string | null | undefined) {
  const [year = '', month = '', day = ''] = (isoDate ?? '').split('-');
  return { day: day.replace(/^0/, ''), month: month.replace(/^0/, ''), year };
}

/** Collects zod issues as one message per field, the field named by `fieldOf(path)`. */
export function fieldErrors(
  error: z.ZodError,
  fieldOf: (path: PropertyKey[]) => string = (path) => String(path[0] ?? 'form'),
  messages: Record<string, string> = {},
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = fieldOf(issue.path);
    errors[field] ??= messages[field] ?? issue.message;
  }
  return errors;
}

/** Parses with a schema; on failure, the errors by field. */
export function check<S extends z.ZodType>(
  schema: S,
  value: unknown,
  fieldOf?: (path: PropertyKey[]) => string,
  messages?: Record<string, string>,
): Checked<z.output<S>> {
  const parsed = schema.safeParse(value);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, errors: fieldErrors(parsed.error, fieldOf, messages) };
}

// --- Field schemas with GOV.UK messages -------------------------------------------------------

export const requiredText = (missing: string) => z.string().trim().min(1, missing);

/** A number typed into a text input (inputmode="decimal"): '7.5' → 7.5. */
export const numberField = (missing: string, notNumber: string) =>
  z
    .string()
    .trim()
    .min(1, missing)
    .regex(/^-?\d+(\.\d+)?$/, notNumber)
    .transform(Number);

/** An amount of money typed in pounds ('19.50', '£19.5', '1,234') → whole pence, by pricing's own parser. */
export const poundsField = (missing: string, notMoney: string) =>
  z
    .string()
    .trim()
    .min(1, missing)
    .transform((v, ctx) => {
      try {
        if (!v.startsWith('-')) return poundsToPence(v);
      } catch {
        // Not an amount: said below.
      }
      ctx.addIssue({ code: 'custom', message: notMoney });
      return z.NEVER;
    });

/**
 * A GOV.UK date input → 'YYYY-MM-DD', with the design system's messages for each way it can be wrong.
 * @example dateField('the date care should start') // "Enter the date care should start", "The date care should start must be a real date"
 */
export const dateField = (what: string) =>
  z.object({ day: z.string(), month: z.string(), year: z.string() }).transform((parts, ctx) => {
    const day = parts.day.trim();
    const month = parts.month.trim();
    const year = parts.year.trim();
    if (!day && !month && !year) {
      ctx.addIssue({ code: 'custom', message: `Enter ${what}` });
      return z.NEVER;
    }
    const missing = [!day && 'day', !month && 'month', !year && 'year'].filter(Boolean);
    if (missing.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `${capitalise(what)} must include a ${missing.join(' and ')}`,
      });
      return z.NEVER;
    }
    const iso = `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    if (!/^\d{4}$/.test(year) || !/^\d{1,2}$/.test(month) || !/^\d{1,2}$/.test(day) || !isIsoDate(iso)) {
      ctx.addIssue({ code: 'custom', message: `${capitalise(what)} must be a real date` });
      return z.NEVER;
    }
    return iso;
  });

/** A date input that may be left empty (→ undefined); otherwise read as `dateField`. */
export const optionalDateField = (what: string) =>
  z.preprocess((parts) => {
    const p = parts as { day?: string; month?: string; year?: string };
    return [p.day, p.month, p.year].every((v) => !v || !v.trim()) ? undefined : parts;
  }, dateField(what).optional());

/**
 * Applies one of the API's field schemas after the form's own parsing (as `.transform(apiField(…))`),
 * with a message for this form, so that every field's errors show at once rather than the
 * domain's only after the rest pass.
 */
export function apiField<S extends z.ZodType>(schema: S, message: string) {
  return (value: unknown, ctx: z.RefinementCtx): z.output<S> => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
}

/**
 * A domain refusal of the form's fields (400 from a command, e.g. a date outside its field's range
 * in src/calendar/field-rules.ts) as the form's errors, each message led by the field's name;
 * undefined for any other error, which the caller rethrows.
 * @example commandFieldErrors(err, { startedOn: 'The date care started' }) // { startedOn: 'The date care started must not be after today (2026-01-05)' }
 */
export function commandFieldErrors(err: unknown, names: Record<string, string>): FieldErrors | undefined {
  return err instanceof Invalid ? issueErrors(err.errors, names) : undefined;
}

/**
 * Runs a form's command: its result, or the form's errors when the command refused a field the form
 * has (any other failure is thrown on).
 *
 * @example const done = await runCommand(() => confirmStart(ctx, input), { startedOn: 'The date care started' });
 */
export async function runCommand<T>(
  command: () => Promise<T>,
  names: Record<string, string>,
): Promise<{ ok: true; value: T } | { ok: false; errors: FieldErrors }> {
  try {
    return { ok: true, value: await command() };
  } catch (err) {
    const errors = commandFieldErrors(err, names);
    if (errors) return { ok: false, errors };
    throw err;
  }
}

/** The form's errors for dates outside their field's range, checked before a confirm step. */
export function dateRuleErrors(checks: readonly DateCheck[], names: Record<string, string>) {
  return issueErrors(dateIssues(checks), names);
}

function issueErrors(issues: readonly FieldIssue[], names: Record<string, string>): FieldErrors | undefined {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.replace(/^body\./, '');
    if (names[field] !== undefined && errors[field] === undefined)
      errors[field] = `${names[field]} ${issue.message}`;
  }
  return Object.keys(errors).length > 0 ? errors : undefined;
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** Items for govukSelect / govukRadios / govukCheckboxes, with the chosen value(s) marked. */
export function choiceItems(
  options: readonly (string | { value: string; text: string })[],
  chosen: string | readonly string[] | undefined,
  extra: { blank?: string; describe?: (value: string) => string } = {},
) {
  const isChosen = (value: string) => (Array.isArray(chosen) ? chosen.includes(value) : chosen === value);
  const items = options.map((option) => {
    const { value, text } =
      typeof option === 'string' ? { value: option, text: extra.describe?.(option) ?? option } : option;
    return { value, text, selected: isChosen(value), checked: isChosen(value) };
  });
  return extra.blank === undefined ? items : [{ value: '', text: extra.blank, selected: !chosen }, ...items];
}
