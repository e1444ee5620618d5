import { z } from 'zod';
import { CARER_GENDERS, MAX_LANGUAGES, SPECIALISMS, SUPPORT_NEEDS } from './model';

/** A list of distinct values from a vocabulary. */
const distinct = <T extends string>(values: readonly [T, ...T[]], what: string) =>
  z
    .array(z.enum(values))
    .max(values.length)
    .refine((list) => new Set(list).size === list.length, { message: `each ${what} at most once` });

export const LanguageCode = z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 language code such as "pl"');

export const LanguageList = z
  .array(LanguageCode)
  .max(MAX_LANGUAGES)
  .refine((list) => new Set(list).size === list.length, { message: 'each language at most once' });

/**
 * Typed needs (docs/specification/allocation.md §5.16). The carers' gender is one value, so "female
 * only" and "male only" cannot both be given.
 */
export const NeedsSchema = z
  .object({
    carerGender: z.enum(CARER_GENDERS).default('any').describe('Whom the carers must be (hard need)'),
    languages: LanguageList.default([]).describe(
      'Languages the carers should speak besides English, ISO 639-1 (soft preference)',
    ),
    twoCarers: z.boolean().default(false).describe('Two carers at every visit (hard need)'),
    specialisms: distinct(SPECIALISMS, 'specialism')
      .default([])
      .describe('Specialist services the package calls for (hard need; specialist order of rounds)'),
    support: distinct(SUPPORT_NEEDS, 'need')
      .default([])
      .describe('Other structured needs, shown on the offer; they do not decide eligibility'),
  })
  .strict()
  .meta({ id: 'Needs', description: 'Structured needs: no free-text medical detail' });
