import type { Knex } from 'knex';
import type { Role } from '../src/auth/roles';

export interface DemoUser {
  name: string;
  role: Role;
  providerId: number | null;
}

/**
 * The demo framework and one demo user per role, loaded only in the embedded/demo mode
 * (never into production by accident: src/startup.ts checks the config). Idempotent.
 */
export async function seedDemoData(db: Knex, now: number): Promise<DemoUser[]> {
  const provider = await db('providers').orderBy('id').first('id');
  const users: DemoUser[] = [
    { name: 'Demo brokerage officer', role: 'officer', providerId: null },
    { name: 'Demo commissioner', role: 'commissioner', providerId: null },
    { name: 'Demo administrator', role: 'admin', providerId: null },
    ...(provider ? [{ name: 'Demo provider user', role: 'provider' as const, providerId: provider.id as number }] : []),
  ];
  for (const user of users) {
    const existing = await db('users').where({ name: user.name, role: user.role }).first('id');
    if (!existing) {
      await db('users').insert({ name: user.name, role: user.role, provider_id: user.providerId, created_at: now });
    }
  }
  return users;
}
