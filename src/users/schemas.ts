import { z } from 'zod';
import { USER_ROLES } from '../auth/roles';
import { UserSchema } from '../auth/schemas';

const name = z.string().trim().min(1).max(200);
const email = z.email().max(320);

/** An admin's invitation: any role; a provider user names its organisation. */
export const InvitationSchema = z
  .object({
    name,
    email,
    role: z.enum(USER_ROLES),
    providerId: z.number().int().positive().max(2_147_483_647).optional(),
    providerAdmin: z.boolean().optional().describe("Provider users only: manages its organisation's users"),
  })
  .strict()
  .refine((u) => (u.role === 'provider') === (u.providerId !== undefined), {
    message: 'providerId is required for the provider role and only for it',
    path: ['providerId'],
  })
  .refine((u) => u.role === 'provider' || u.providerAdmin !== true, {
    message: 'providerAdmin is for provider users only',
    path: ['providerAdmin'],
  })
  .meta({ id: 'Invitation' });

/** A provider administrator's invitation of a colleague (the organisation is the path's). */
export const ProviderInvitationSchema = z
  .object({ name, email, providerAdmin: z.boolean().optional() })
  .strict()
  .meta({ id: 'ProviderInvitation' });

export const InvitedSchema = z
  .object({
    user: UserSchema,
    linkExpiresAt: z.string().describe('ISO instant until which the emailed link works'),
  })
  .meta({ id: 'Invited' });

export const AccountChangeSchema = z
  .object({
    role: z.enum(USER_ROLES).optional(),
    providerAdmin: z.boolean().optional(),
    active: z.boolean().optional().describe('false deactivates (ends sessions, tokens stop working)'),
  })
  .strict()
  .refine((c) => Object.keys(c).length > 0, { message: 'Name at least one change', path: ['role'] })
  .meta({ id: 'AccountChange' });

const instant = z.string().nullable().describe('ISO instant');

export const AccountSchema = UserSchema.extend({
  providerName: z.string().nullable(),
  signIn: z.enum(['password', 'council-account', 'invited']),
  lastSignInAt: instant,
  failedSignIns: z.number().int().describe('Failed password sign-ins since the last successful one'),
  lastFailedSignInAt: instant,
  lastLockedOutAt: instant,
}).meta({ id: 'Account' });
