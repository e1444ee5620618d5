import { z } from 'zod';
import { BAND_OVERRIDE_REASONS, FUNDING_STREAMS, URGENCIES } from '../../packages/model';
import {
  BandOverrideComment,
  Latitude,
  Longitude,
  NewPackageSchema,
  Postcode,
  Reference,
} from '../../packages/schemas';
import { BANDS } from '../../pricing/bands';
import {
  apiField,
  check,
  dateField,
  dateParts,
  numberField,
  requiredText,
  text,
  type Checked,
  type FieldErrors,
  type FormBody,
} from '../forms';
import { LANGUAGE_MESSAGE, NeedsFormFields, needsFieldOf, needsValues, toNeeds } from './needs-fields';

export type NewPackageInput = z.output<typeof NewPackageSchema>;

/** The new-package form as typed, kept to fill the form again. */
export function newPackageValues(body: FormBody | undefined) {
  return {
    reference: text(body, 'reference'),
    postcode: text(body, 'postcode'),
    lat: text(body, 'lat'),
    lon: text(body, 'lon'),
    weeklyHours: text(body, 'weeklyHours'),
    visitsPerWeek: text(body, 'visitsPerWeek'),
    fundingStream: text(body, 'fundingStream'),
    fundedUntil: dateParts(body, 'fundedUntil'),
    reviewDue: dateParts(body, 'reviewDue'),
    urgency: text(body, 'urgency'),
    wantedStart: dateParts(body, 'wantedStart'),
    ...needsValues(body),
    overrideBand: text(body, 'overrideBand'),
    overrideReason: text(body, 'overrideReason'),
    overrideComment: text(body, 'overrideComment'),
  };
}

export type NewPackageValues = ReturnType<typeof newPackageValues>;

/** What the API's rules refuse, said for this form. */
const DOMAIN_MESSAGES: Record<string, string> = {
  reference: 'Case reference must be 3 to 40 letters, digits and dashes: a reference, not a name',
  postcode: 'Enter a real postcode, like LE67 3JA',
  overrideComment: 'The reason for the band must be 3 to 200 characters',
  lat: 'Latitude must be between -90 and 90',
  lon: 'Longitude must be between -180 and 180',
  weeklyHours: 'Hours a week must be more than 0 and no more than 168, in quarter hours (like 7.25 or 7.5)',
  visitsPerWeek: 'Visits a week must be a whole number from 1 to 84',
  language: LANGUAGE_MESSAGE,
  needs: 'Select each need once',
  wantedStart: 'The date care should start must be a real date',
  fundedUntil: 'Enter the last day of the discharge to assess funded period',
  reviewDue: 'Enter the date the discharge to assess review is due',
};

/** A date the form asks only for one choice (D2A): empty is not given, else as dateField. */
const optionalDate = (what: string) =>
  z.object({ day: z.string(), month: z.string(), year: z.string() }).transform((parts, ctx) => {
    if (`${parts.day}${parts.month}${parts.year}`.trim() === '') return undefined;
    const parsed = dateField(what).safeParse(parts);
    if (parsed.success) return parsed.data;
    ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]!.message });
    return z.NEVER;
  });

/** Step 1: the typed text → the API's input shape, with GOV.UK messages for missing or malformed fields. */
const NewPackageForm = z
  .object({
    reference: requiredText('Enter the case reference').transform(
      apiField(Reference, DOMAIN_MESSAGES.reference!),
    ),
    postcode: z
      .string()
      .trim()
      .transform((v, ctx) => (v === '' ? undefined : apiField(Postcode, DOMAIN_MESSAGES.postcode!)(v, ctx))),
    lat: z
      .string()
      .trim()
      .transform(coordinate({ name: 'latitude', example: '52.7667', schema: Latitude })),
    lon: z
      .string()
      .trim()
      .transform(coordinate({ name: 'longitude', example: '-1.2', schema: Longitude })),
    weeklyHours: numberField(
      'Enter the hours of care a week',
      'Hours a week must be a number, like 7.5',
    ).transform(apiField(NewPackageSchema.shape.weeklyHours, DOMAIN_MESSAGES.weeklyHours!)),
    visitsPerWeek: numberField(
      'Enter the number of visits a week',
      'Visits a week must be a number, like 14',
    ).transform(apiField(NewPackageSchema.shape.visitsPerWeek, DOMAIN_MESSAGES.visitsPerWeek!)),
    fundingStream: z.enum(FUNDING_STREAMS, { error: 'Select who funds the care' }),
    fundedUntil: optionalDate('the last day of the funded period'),
    reviewDue: optionalDate('the review date'),
    urgency: z.enum(URGENCIES, { error: 'Select how urgent the package is' }),
    wantedStart: dateField('the date care should start'),
    ...NeedsFormFields,
    overrideBand: z.union([z.literal(''), z.enum(BANDS)], { error: 'Select a band from the list' }),
    overrideReason: z.string(),
    overrideComment: z.string().trim(),
  })
  .transform((f, ctx) => ({
    reference: f.reference,
    location: locationOf(f, ctx),
    ...(f.overrideBand !== '' && { bandOverride: overrideOf(f, ctx) }),
    weeklyHours: f.weeklyHours,
    visitsPerWeek: f.visitsPerWeek,
    fundingStream: f.fundingStream,
    // The D2A dates count only for D2A: typed and then another stream chosen, they are dropped.
    ...(f.fundingStream === 'd2a' && { fundedUntil: f.fundedUntil, reviewDue: f.reviewDue }),
    urgency: f.urgency,
    wantedStart: f.wantedStart,
    needs: toNeeds(f),
  }));

type Typed = { postcode?: string; lat?: number; lon?: number };

/** The postcode, or else both coordinates ("No postcode yet"), with a message on the field to fix. */
function locationOf(f: Typed, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => {
    ctx.addIssue({ code: 'custom', path: [path], message });
    return z.NEVER;
  };
  if (f.postcode !== undefined) {
    if (f.lat !== undefined || f.lon !== undefined) {
      return issue('postcode', 'Enter the postcode or the coordinates, not both');
    }
    return { postcode: f.postcode };
  }
  if (f.lat === undefined && f.lon === undefined) {
    return issue('postcode', 'Enter the postcode, or the coordinates if the home has no postcode yet');
  }
  if (f.lat === undefined) return issue('lat', 'Enter the latitude');
  if (f.lon === undefined) return issue('lon', 'Enter the longitude');
  return { lat: f.lat, lon: f.lon };
}

/**
 * A typed coordinate as a number (empty: not given), else an error on its field. The fields are
 * checked one by one, so each one's error shows at once with the others'.
 */
function coordinate(field: { name: string; example: string; schema: typeof Latitude }) {
  const { name, example, schema } = field;
  const Name = `${name[0]!.toUpperCase()}${name.slice(1)}`;
  const number = numberField(`Enter the ${name}`, `${Name} must be a number, like ${example}`);
  return (typed: string, ctx: z.RefinementCtx): number | undefined => {
    if (typed === '') return undefined;
    const parsed = number.safeParse(typed);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]!.message });
      return z.NEVER;
    }
    return apiField(schema, DOMAIN_MESSAGES[name === 'latitude' ? 'lat' : 'lon']!)(parsed.data, ctx);
  };
}

/** The band override of the check page: a band from the list, a reason from the list and a comment. */
function overrideOf(
  f: { overrideBand: string; overrideReason: string; overrideComment: string },
  ctx: z.RefinementCtx,
) {
  const reason = z.enum(BAND_OVERRIDE_REASONS).safeParse(f.overrideReason);
  if (!reason.success)
    ctx.addIssue({ code: 'custom', path: ['overrideReason'], message: 'Select why the band is changed' });
  const comment = BandOverrideComment.safeParse(f.overrideComment);
  if (!comment.success) {
    const message =
      f.overrideComment === '' ? 'Enter why the band is changed' : DOMAIN_MESSAGES.overrideComment!;
    ctx.addIssue({ code: 'custom', path: ['overrideComment'], message });
  }
  if (!reason.success || !comment.success) return z.NEVER;
  return { band: f.overrideBand as (typeof BANDS)[number], reason: reason.data, comment: comment.data };
}

/** The API's field paths → the form's field names. */
function formFieldOf(path: PropertyKey[]): string {
  const [first, second] = path.map(String);
  if (first === 'location') return second === 'lon' ? 'lon' : second === 'lat' ? 'lat' : 'postcode';
  if (first === 'bandOverride') return second === 'reason' ? 'overrideReason' : 'overrideComment';
  if (first === 'needs') return needsFieldOf(second);
  return first ?? 'form';
}

/**
 * The form's own check skips the location when another field fails; a coordinate typed without
 * its partner is still said at once, in form order.
 */
function withMissingCoordinate(values: NewPackageValues, errors: FieldErrors): FieldErrors {
  const [lat, lon] = [values.lat.trim(), values.lon.trim()];
  if (values.postcode.trim() !== '' || (lat === '') === (lon === '')) return errors;
  const merged: FieldErrors =
    lat === '' ? { ...errors, lat: 'Enter the latitude' } : { ...errors, lon: 'Enter the longitude' };
  const order = Object.keys(values);
  return Object.fromEntries(Object.entries(merged).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
}

/** The form checked field by field, then whole by the API's schema: errors by field, or the input intake takes. */
export function checkNewPackage(values: NewPackageValues): Checked<NewPackageInput> {
  const form = check(NewPackageForm, values);
  if (!form.ok) return { ok: false, errors: withMissingCoordinate(values, form.errors) };
  return check(NewPackageSchema, form.data, formFieldOf, DOMAIN_MESSAGES);
}

/** Where a field's error links to when not the field's own id: a date input's first box. */
export const NEW_PACKAGE_ANCHORS = {
  wantedStart: 'wantedStart-day',
  fundedUntil: 'fundedUntil-day',
  reviewDue: 'reviewDue-day',
};
