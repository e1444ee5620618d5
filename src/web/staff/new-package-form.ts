import { z } from 'zod';
import { BAND_OVERRIDE_REASONS, CARE_TYPES, NEED_FLAGS, URGENCIES } from '../../packages/model';
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
  list,
  numberField,
  requiredText,
  text,
  type Checked,
  type FormBody,
} from '../forms';

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
    careType: text(body, 'careType'),
    urgency: text(body, 'urgency'),
    wantedStart: dateParts(body, 'wantedStart'),
    needs: list(body, 'needs'),
    language: text(body, 'language'),
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
  language: 'Language must be a 2-letter code, like pl for Polish',
  needs: 'Select each need once',
  wantedStart: 'The date care should start must be a real date',
};

/** Step 1: the typed text → the API's input shape, with GOV.UK messages for missing or malformed fields. */
const NewPackageForm = z
  .object({
    reference: requiredText('Enter the case reference').transform(
      apiField(Reference, DOMAIN_MESSAGES.reference!),
    ),
    postcode: z.string().trim(),
    lat: z.string().trim(),
    lon: z.string().trim(),
    weeklyHours: numberField(
      'Enter the hours of care a week',
      'Hours a week must be a number, like 7.5',
    ).transform(apiField(NewPackageSchema.shape.weeklyHours, DOMAIN_MESSAGES.weeklyHours!)),
    visitsPerWeek: numberField(
      'Enter the number of visits a week',
      'Visits a week must be a number, like 14',
    ).transform(apiField(NewPackageSchema.shape.visitsPerWeek, DOMAIN_MESSAGES.visitsPerWeek!)),
    careType: z.enum(CARE_TYPES, { error: 'Select the type of care' }),
    urgency: z.enum(URGENCIES, { error: 'Select how urgent the package is' }),
    wantedStart: dateField('the date care should start'),
    needs: z.array(z.enum(NEED_FLAGS, { error: 'Select needs from the list' })),
    language: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^([a-z]{2})?$/, DOMAIN_MESSAGES.language!),
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
    careType: f.careType,
    urgency: f.urgency,
    wantedStart: f.wantedStart,
    needs: { flags: f.needs, language: f.language === '' ? null : f.language },
  }));

type Typed = { postcode: string; lat: string; lon: string };

/** The postcode, or else both coordinates ("No postcode yet"), with a message on the field to fix. */
function locationOf(f: Typed, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => {
    ctx.addIssue({ code: 'custom', path: [path], message });
    return z.NEVER;
  };
  if (f.postcode !== '') {
    if (f.lat !== '' || f.lon !== '')
      return issue('postcode', 'Enter the postcode or the coordinates, not both');
    const postcode = Postcode.safeParse(f.postcode);
    return postcode.success ? { postcode: postcode.data } : issue('postcode', DOMAIN_MESSAGES.postcode!);
  }
  if (f.lat === '' && f.lon === '') {
    return issue('postcode', 'Enter the postcode, or the coordinates if the home has no postcode yet');
  }
  const lat = coordinate(f.lat, { name: 'latitude', example: '52.7667', schema: Latitude });
  if (typeof lat === 'string') return issue('lat', lat);
  const lon = coordinate(f.lon, { name: 'longitude', example: '-1.2', schema: Longitude });
  if (typeof lon === 'string') return issue('lon', lon);
  return { lat, lon };
}

/** A typed coordinate as a number, or the message saying what is wrong with it. */
function coordinate(typed: string, field: { name: string; example: string; schema: typeof Latitude }) {
  const { name, example, schema } = field;
  const number = numberField(
    `Enter the ${name}`,
    `${name[0]!.toUpperCase()}${name.slice(1)} must be a number, like ${example}`,
  ).safeParse(typed);
  if (!number.success) return number.error.issues[0]!.message;
  const checked = schema.safeParse(number.data);
  return checked.success ? checked.data : DOMAIN_MESSAGES[name === 'latitude' ? 'lat' : 'lon']!;
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
  if (first === 'needs') return second === 'language' ? 'language' : 'needs';
  return first ?? 'form';
}

/** The form checked field by field, then whole by the API's schema: errors by field, or the input intake takes. */
export function checkNewPackage(values: NewPackageValues): Checked<NewPackageInput> {
  const form = check(NewPackageForm, values);
  if (!form.ok) return form;
  return check(NewPackageSchema, form.data, formFieldOf, DOMAIN_MESSAGES);
}

/** Where a field's error links to when not the field's own id: a date input's first box. */
export const NEW_PACKAGE_ANCHORS = { wantedStart: 'wantedStart-day' };
