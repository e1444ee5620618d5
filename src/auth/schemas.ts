import { z } from 'zod';
import { USER_ROLES } from './roles';

export const UserSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    email: z.string().nullable(),
    role: z.enum(USER_ROLES),
    providerId: z.number().int().nullable(),
    providerAdmin: z.boolean().describe("A provider user who manages its organisation's users"),
    active: z.boolean().describe('False once deactivated'),
  })
  .meta({ id: 'User' });

export const NewUserSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    role: z.enum(USER_ROLES),
    providerId: z.number().int().positive().max(2_147_483_647).optional(),
    email: z.email().max(320).optional(),
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
  .meta({ id: 'NewUser' });

export const ApiTokenSchema = z
  .object({
    token: z.string().describe('Shown once; only its hash is stored'),
    expiresAt: z.string().nullable().describe('ISO instant; null when it never expires'),
  })
  .meta({ id: 'ApiToken' });

export const IssuedTokenSchema = ApiTokenSchema.extend({ user: UserSchema }).meta({ id: 'IssuedToken' });
