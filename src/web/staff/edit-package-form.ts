import { z } from 'zod';
import type { PackageRecord } from '../../packages/model';
import { EditPackageSchema, NewPackageSchema } from '../../packages/schemas';
import {
  apiField,
  check,
  dateField,
  dateParts,
  numberField,
  partsOf,
  text,
  type Checked,
  type FormBody,
} from '../forms';
import {
  NeedsFormFields,
  needsFieldOf,
  needsValues,
  needsValuesOf,
  sameNeeds,
  toNeeds,
} from './needs-fields';

/** The edit form as typed (or as the package stands, to fill it first). */
export function editValues(body: FormBody | undefined) {
  return {
    version: text(body, 'version'),
    weeklyHours: text(body, 'weeklyHours'),
    visitsPerWeek: text(body, 'visitsPerWeek'),
    wantedStart: dateParts(body, 'wantedStart'),
    ...needsValues(body),
  };
}
export type EditValues = ReturnType<typeof editValues>;

export function valuesOf(pkg: PackageRecord): EditValues {
  return {
    version: String(pkg.version),
    weeklyHours: String(pkg.weeklyMinutes / 60),
    visitsPerWeek: String(pkg.visitsPerWeek),
    wantedStart: partsOf(pkg.wantedStart),
    ...needsValuesOf(pkg.needs),
  };
}

const EditForm = z.object({
  version: z.coerce.number().int().positive(),
  weeklyHours: numberField(
    'Enter the hours of care a week',
    'Hours a week must be a number, like 7.5',
  ).transform(
    apiField(
      NewPackageSchema.shape.weeklyHours,
      'Hours a week must be more than 0 and no more than 168, in quarter hours (like 7.25 or 7.5)',
    ),
  ),
  visitsPerWeek: numberField(
    'Enter the number of visits a week',
    'Visits a week must be a number, like 14',
  ).transform(
    apiField(NewPackageSchema.shape.visitsPerWeek, 'Visits a week must be a whole number from 1 to 84'),
  ),
  wantedStart: dateField('the date care should start'),
  ...NeedsFormFields,
});

/**
 * The form checked, then only what differs from the package as it now stands, as `PATCH
 * /packages/:id` takes it (null when nothing changed). The version is the one the form was loaded at.
 */
export function checkEdit(
  values: EditValues,
  pkg: PackageRecord,
): Checked<z.output<typeof EditPackageSchema> | null> {
  const form = check(EditForm, values);
  if (!form.ok) return form;
  const f = form.data;
  const needs = toNeeds(f);
  // Loaded at another version: send everything, so that the edit is refused as a conflict (409).
  const stale = f.version !== pkg.version;
  const changes = {
    ...(stale || Math.round(f.weeklyHours * 60) !== pkg.weeklyMinutes ? { weeklyHours: f.weeklyHours } : {}),
    ...(stale || f.visitsPerWeek !== pkg.visitsPerWeek ? { visitsPerWeek: f.visitsPerWeek } : {}),
    ...(stale || f.wantedStart !== pkg.wantedStart ? { wantedStart: f.wantedStart } : {}),
    ...(!stale && sameNeeds(needs, pkg.needs) ? {} : { needs }),
  };
  if (Object.keys(changes).length === 0) return { ok: true, data: null };
  const fieldOf = (path: PropertyKey[]) =>
    path[0] === 'needs' ? needsFieldOf(path[1] as string | undefined) : String(path[0] ?? 'form');
  return check(EditPackageSchema, { version: f.version, ...changes }, fieldOf);
}

export const EDIT_ANCHORS = { wantedStart: 'wantedStart-day', needs: 'needs', form: 'weeklyHours' };
