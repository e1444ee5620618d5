import { z } from 'zod';
import { CARE_TYPES, NEED_FLAGS, URGENCIES } from '../../packages/model';
import { Latitude, Longitude, NewPackageSchema, Reference } from '../../packages/schemas';
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
    lat: text(body, 'lat'),
    lon: text(body, 'lon'),
    weeklyHours: text(body, 'weeklyHours'),
    visitsPerWeek: text(body, 'visitsPerWeek'),
    careType: text(body, 'careType'),
    urgency: text(body, 'urgency'),
    wantedStart: dateParts(body, 'wantedStart'),
    needs: list(body, 'needs'),
    language: text(body, 'language'),
  };
}

export type NewPackageValues = ReturnType<typeof newPackageValues>;

/** What the API's rules refuse, said for this form. */
const DOMAIN_MESSAGES: Record<string, string> = {
  reference: 'Case reference must be 3 to 40 letters, digits and dashes: a reference, not a name',
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
    lat: numberField('Enter the latitude', 'Latitude must be a number, like 52.7667').transform(
      apiField(Latitude, DOMAIN_MESSAGES.lat!),
    ),
    lon: numberField('Enter the longitude', 'Longitude must be a number, like -1.2').transform(
      apiField(Longitude, DOMAIN_MESSAGES.lon!),
    ),
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
  })
  .transform((f) => ({
    reference: f.reference,
    location: { lat: f.lat, lon: f.lon },
    weeklyHours: f.weeklyHours,
    visitsPerWeek: f.visitsPerWeek,
    careType: f.careType,
    urgency: f.urgency,
    wantedStart: f.wantedStart,
    needs: { flags: f.needs, language: f.language === '' ? null : f.language },
  }));

/** The API's field paths → the form's field names. */
function formFieldOf(path: PropertyKey[]): string {
  const [first, second] = path.map(String);
  if (first === 'location') return second === 'lon' ? 'lon' : 'lat';
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
