import { z } from 'zod';
import { CQC_RATINGS, PROVIDER_STATUSES, ZONE_ROLES } from '../../providers/model';
import {
  NewProviderSchema,
  ProviderPatchSchema,
  ZoneRoleBodySchema,
  ZoneRoleRemovalSchema,
} from '../../providers/schemas';
import { apiField, check, dateField, numberField, requiredText, type Checked } from '../forms';

const reason = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter why ${what}`)
    .min(3, 'Reason must be 3 characters or more')
    .max(500, 'Reason must be 500 characters or fewer');

const rating = (which: string) => z.enum(CQC_RATINGS, { error: `Select the ${which} rating` });

const AdmitForm = z
  .object({
    name: requiredText('Enter the provider’s name'),
    cqcLocationId: requiredText('Enter the CQC location ID'),
    cqcOverall: rating('overall CQC'),
    cqcSafe: rating('Safe'),
    cqcWellLed: rating('Well-led'),
    chcApproved: z.enum(['yes', 'no'], { error: 'Select whether the provider is CHC-approved' }),
    status: z.enum(PROVIDER_STATUSES, { error: 'Select the status' }),
    tenderScore: numberField(
      'Enter the tender quality score',
      'Tender score must be a number, like 72',
    ).transform(
      apiField(NewProviderSchema.shape.tenderScore, 'Tender score must be a whole number from 0 to 100'),
    ),
    admittedOn: z.union([
      z.object({ day: z.literal(''), month: z.literal(''), year: z.literal('') }).transform(() => undefined),
      dateField('the admission date'),
    ]),
  })
  .transform(({ chcApproved, admittedOn, ...rest }) => ({
    ...rest,
    chcApproved: chcApproved === 'yes',
    ...(admittedOn ? { admittedOn } : {}),
  }));

/** Admission of a provider: the form, then the API's NewProviderSchema. */
export function checkAdmission(values: Record<string, unknown>): Checked<z.output<typeof NewProviderSchema>> {
  const form = check(AdmitForm, values);
  if (!form.ok) return form;
  return check(NewProviderSchema, form.data, undefined, {
    name: 'Name must be 200 characters or fewer',
    cqcLocationId: 'CQC location ID must be 40 characters or fewer',
    tenderScore: 'Tender score must be a whole number from 0 to 100',
  });
}

const StatusForm = z.object({
  status: z.enum(PROVIDER_STATUSES, { error: 'Select the new status' }),
  reason: reason('the status changes'),
  version: z.coerce.number().int().positive().max(2_147_483_647),
});

export function checkStatusChange(
  values: Record<string, unknown>,
): Checked<z.output<typeof ProviderPatchSchema>> {
  const form = check(StatusForm, values);
  return form.ok ? check(ProviderPatchSchema, form.data) : form;
}

const RoleForm = z.object({
  zoneId: z.string().min(1, 'Select the zone'),
  role: z.enum(ZONE_ROLES, { error: 'Select the role' }),
  reason: reason('the role is set'),
});

export function checkRoleChange(values: Record<string, unknown>) {
  const form = check(RoleForm, values);
  if (!form.ok) return form;
  const body = check(ZoneRoleBodySchema, { role: form.data.role, reason: form.data.reason });
  return body.ok ? { ok: true as const, data: { zoneId: form.data.zoneId, ...body.data } } : body;
}

const RemovalForm = z.object({
  zoneId: z.string().min(1, 'Select the zone'),
  reason: reason('the provider leaves the zone'),
});

export function checkRoleRemoval(values: Record<string, unknown>) {
  const form = check(RemovalForm, values);
  if (!form.ok) return form;
  const body = check(ZoneRoleRemovalSchema, { reason: form.data.reason });
  return body.ok ? { ok: true as const, data: { zoneId: form.data.zoneId, reason: body.data.reason } } : body;
}
