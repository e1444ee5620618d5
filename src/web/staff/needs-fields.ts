import { z } from 'zod';
import { CARER_GENDERS, SPECIALISMS, SUPPORT_NEEDS, type Needs } from '../../packages/model';
import { choiceItems, list, text, type FormBody } from '../forms';
import { label } from '../labels';

/**
 * The needs part of the intake and edit forms (docs/web.md "Needs"): two carers and other support
 * as checkboxes named `needs`, specialisms as checkboxes, the carers' gender as radios (one value,
 * so a contradiction cannot be chosen) and languages as 2-letter codes in the `language` field.
 */
export const NEED_CHOICES = ['two-carers', ...SUPPORT_NEEDS] as const;

export function needsValues(body: FormBody | undefined) {
  return {
    needs: list(body, 'needs'),
    specialisms: list(body, 'specialisms'),
    carerGender: text(body, 'carerGender') || 'any',
    language: text(body, 'language'),
  };
}
export type NeedsValues = ReturnType<typeof needsValues>;

export function needsValuesOf(needs: Needs): NeedsValues {
  return {
    needs: [...(needs.twoCarers ? ['two-carers'] : []), ...needs.support],
    specialisms: [...needs.specialisms],
    carerGender: needs.carerGender,
    language: needs.languages.join(', '),
  };
}

export const LANGUAGE_MESSAGE = 'Language must be a 2-letter code, like pl for Polish';

/** The form's fields, checked; `toNeeds` makes the API's shape of them. */
export const NeedsFormFields = {
  needs: z.array(z.enum(NEED_CHOICES, { error: 'Select needs from the list' })),
  specialisms: z.array(z.enum(SPECIALISMS, { error: 'Select specialist services from the list' })),
  carerGender: z.enum(CARER_GENDERS, { error: 'Select who the carers must be' }),
  language: z
    .string()
    .trim()
    .toLowerCase()
    .transform((typed) => typed.split(/[\s,]+/).filter((code) => code !== ''))
    .pipe(z.array(z.string().regex(/^[a-z]{2}$/, LANGUAGE_MESSAGE))),
};

export function toNeeds(f: {
  needs: readonly string[];
  specialisms: Needs['specialisms'];
  carerGender: Needs['carerGender'];
  language: string[];
}): Needs {
  return {
    carerGender: f.carerGender,
    languages: f.language,
    twoCarers: f.needs.includes('two-carers'),
    specialisms: f.specialisms,
    support: SUPPORT_NEEDS.filter((need) => f.needs.includes(need)),
  };
}

/** The API's needs field paths → the form's field names. */
export function needsFieldOf(second: string | undefined): string {
  if (second === 'languages') return 'language';
  if (second === 'specialisms' || second === 'carerGender') return second;
  return 'needs';
}

/** The choices the template shows, with what was chosen. */
export function needsItems(values: NeedsValues) {
  return {
    needItems: choiceItems(NEED_CHOICES, values.needs, { describe: label }),
    specialismItems: choiceItems(SPECIALISMS, values.specialisms, { describe: label }),
    carerGenderItems: choiceItems(CARER_GENDERS, values.carerGender, { describe: carerGenderText }),
  };
}

const carerGenderText = (gender: string) =>
  gender === 'any' ? 'No preference' : `${label(gender)} carers only`;

export const sameNeeds = (a: Needs, b: Needs) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

const sorted = (n: Needs) => ({
  carerGender: n.carerGender,
  twoCarers: n.twoCarers,
  languages: [...n.languages].sort(),
  specialisms: [...n.specialisms].sort(),
  support: [...n.support].sort(),
});
