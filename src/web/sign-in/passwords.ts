import bcrypt from 'bcryptjs';
import { z } from 'zod';

/** bcrypt cost: about a quarter of a second per check in pure JS, enough to make guessing slow. */
export const BCRYPT_ROUNDS = 12;

/**
 * A new password: long rather than complicated (NCSC guidance), and at most 72 bytes, because
 * bcrypt ignores anything after the 72nd byte.
 */
export const NewPasswordSchema = z
  .string()
  .min(12, 'Password must be 12 characters or more')
  .refine((p) => Buffer.byteLength(p, 'utf8') <= 72, 'Password must be 72 bytes or fewer');

export function hashPassword(password: string, rounds = BCRYPT_ROUNDS): Promise<string> {
  return bcrypt.hash(password, rounds);
}

// A bcrypt hash (cost 12) of a random string nobody knows: checking a password against it when
// the email is unknown takes as long as a real check, so timing does not reveal which emails exist.
const UNKNOWN_USER_HASH = '$2b$12$Qvz8We5dfM1csB/4EdbRdOGaOktrDrU5O/hhnVaXA1T3j1o7AYmTy';

export async function passwordMatches(password: string, hash: string | null | undefined): Promise<boolean> {
  const matches = await bcrypt.compare(password, hash ?? UNKNOWN_USER_HASH);
  return matches && hash !== null && hash !== undefined;
}
