import { z } from 'zod';
import { Id } from '../http/params';
import { SPECIALISMS } from '../packages/model';
import { LanguageList } from '../packages/needs-schema';

/** The carers' genders a provider can guarantee (a package's "any" needs no declaration). */
const DECLARABLE_GENDERS = ['female', 'male'] as const;

const distinct = <T>(list: readonly T[]) => new Set(list).size === list.length;

/** POST /providers/:id/needs: what the provider can meet in one of its zones now (§5.16). */
export const NeedsDeclarationBodySchema = z
  .object({
    zoneId: z.string().min(1).max(60),
    specialisms: z
      .array(z.enum(SPECIALISMS))
      .max(SPECIALISMS.length)
      .refine(distinct, 'each specialism at most once')
      .describe('Specialist services it can deliver in the zone'),
    languages: LanguageList.describe('Languages its carers in the zone speak besides English, ISO 639-1'),
    doubleUpPackages: z
      .number()
      .int()
      .min(0)
      .max(1_000)
      .describe('How many more two-carer packages it can take in the zone now; 0: none'),
    carerGenders: z
      .array(z.enum(DECLARABLE_GENDERS))
      .max(2)
      .refine(distinct, 'each gender at most once')
      .describe('The carers’ genders it can guarantee on every visit to a package that asks for one'),
  })
  .strict()
  .meta({ id: 'NewNeedsDeclaration' });

export const NeedsDeclarationViewSchema = z
  .object({
    specialisms: z.array(z.enum(SPECIALISMS)),
    languages: z.array(z.string()),
    doubleUpPackages: z.number().int(),
    carerGenders: z.array(z.enum(DECLARABLE_GENDERS)),
    declaredAt: z.string(),
  })
  .meta({ id: 'NeedsDeclaration' });

export const NeedsEntrySchema = z
  .object({
    providerId: z.number().int(),
    zoneId: z.string(),
    zoneName: z.string(),
    role: z.string(),
    declaration: NeedsDeclarationViewSchema.nullable().describe(
      'null: none made; the provider is then not offered packages with a hard need in the zone',
    ),
  })
  .meta({ id: 'NeedsEntry' });

export const ProviderNeedsSchema = z
  .object({
    providerId: z.number().int(),
    zones: z.array(NeedsEntrySchema),
    specialistFor: z
      .array(z.enum(SPECIALISMS))
      .describe('Its appointments on the countywide specialist list'),
    history: z.array(NeedsDeclarationViewSchema.extend({ zoneId: z.string() })),
  })
  .meta({ id: 'ProviderNeeds' });

export const SpecialistParams = z.object({ specialism: z.enum(SPECIALISMS), providerId: Id });

export const SpecialistAppointmentBody = z
  .object({ reason: z.string().trim().min(3).max(500).optional() })
  .strict()
  .meta({ id: 'SpecialistAppointmentChange' });

export const SpecialistListSchema = z
  .object({
    specialisms: z.array(
      z.object({
        specialism: z.enum(SPECIALISMS),
        providers: z.array(
          z.object({ id: z.number().int(), name: z.string(), status: z.string(), appointedAt: z.string() }),
        ),
      }),
    ),
  })
  .meta({ id: 'SpecialistList' });

export const SpecialistChangeSchema = z
  .object({
    specialism: z.enum(SPECIALISMS),
    providerId: z.number().int(),
    appointed: z.boolean(),
    changed: z.boolean().describe('false when it already was (or was not) appointed'),
  })
  .meta({ id: 'SpecialistChange' });
