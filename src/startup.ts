import { setSignIn } from './auth/commands';
import type { Config } from './config';
import type { Db } from './db/connect';
import { migrateLatest } from './db/migrations';
import { issueToken } from './auth/queries';
import { SYSTEM_ACTOR } from './auth/roles';
import { hashPassword } from './web/sign-in/passwords';
import { seedDemoData } from '../seeds/demo';
import { seedReferenceData } from '../seeds/reference';

const DEMO_TOKEN_LABEL = 'demo';

export interface DemoCredential {
  role: string;
  name: string;
  token: string;
  /** Web sign-in: fixed in demo mode only, and printed with the tokens. */
  email: string;
  password: string;
}

/** Demo passwords are printed on the console, so a low bcrypt cost loses nothing and starts faster. */
const DEMO_PASSWORD_ROUNDS = 8;

/** Migrates, loads reference data, and in demo mode loads the demo framework and fresh demo tokens. */
export async function prepareDatabase(db: Db, config: Config, now: number): Promise<DemoCredential[]> {
  await migrateLatest(db);
  await seedReferenceData(db, now);
  if (!config.demoMode) return [];
  const demoUsers = await seedDemoData(db, now);
  // Tokens are shown once, so each start issues new demo tokens and revokes the previous ones.
  await db('api_tokens')
    .where({ label: DEMO_TOKEN_LABEL })
    .whereNull('revoked_at')
    .update({ revoked_at: now });
  const credentials: DemoCredential[] = [];
  for (const demo of demoUsers) {
    const user = await db('users').where({ name: demo.name, role: demo.role }).first('id');
    const { token } = await issueToken(
      db,
      { userId: Number(user.id), label: DEMO_TOKEN_LABEL, ttlDays: config.tokenTtlDays },
      now,
    );
    const email = `${demo.role}@example.org`;
    const password = `demo-${demo.role}-password`;
    // Set once: a password changed since (npm run user:password) survives a restart.
    const signIn = await db('users').where({ id: user.id }).first('password_hash');
    if (!signIn?.password_hash) {
      await setSignIn(
        { db, actor: SYSTEM_ACTOR, now },
        { userId: Number(user.id), email, passwordHash: await hashPassword(password, DEMO_PASSWORD_ROUNDS) },
      );
    }
    credentials.push({ role: demo.role, name: demo.name, token, email, password });
  }
  return credentials;
}
