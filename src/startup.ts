import type { Config } from './config';
import type { Db } from './db/connect';
import { migrateLatest } from './db/migrations';
import { issueToken } from './auth/queries';
import { seedDemoData } from '../seeds/demo';
import { seedReferenceData } from '../seeds/reference';

const DEMO_TOKEN_LABEL = 'demo';

export interface DemoCredential {
  role: string;
  name: string;
  token: string;
}

/** Migrates, loads reference data, and in demo mode loads the demo framework and fresh demo tokens. */
export async function prepareDatabase(db: Db, config: Config, now: number): Promise<DemoCredential[]> {
  await migrateLatest(db);
  await seedReferenceData(db, now);
  if (!config.demoMode) return [];
  const demoUsers = await seedDemoData(db, now);
  // Tokens are shown once, so each start issues new demo tokens and revokes the previous ones.
  await db('api_tokens').where({ label: DEMO_TOKEN_LABEL }).whereNull('revoked_at').update({ revoked_at: now });
  const credentials: DemoCredential[] = [];
  for (const demo of demoUsers) {
    const user = await db('users').where({ name: demo.name, role: demo.role }).first('id');
    const { token } = await issueToken(db, user.id as number, DEMO_TOKEN_LABEL, now, config.tokenTtlDays);
    credentials.push({ role: demo.role, name: demo.name, token });
  }
  return credentials;
}
