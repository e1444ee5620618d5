import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { buildServices } from '../../src/services';
import { prepareDatabase, type DemoCredential } from '../../src/startup';
import { testConfig } from '../helpers/context';
import { createEmptyDatabase, type TestDatabase } from '../helpers/db';
import { csrfFrom } from './helpers';

/** `npm start` in demo mode: one web sign-in per role, printed with the API tokens, that works. */
describe('demo sign-ins', () => {
  let database: TestDatabase;
  let credentials: DemoCredential[];
  const config = testConfig({ demoMode: true });

  beforeAll(async () => {
    database = await createEmptyDatabase();
    credentials = await prepareDatabase(database.db, config, Date.now());
  }, 120_000);
  afterAll(() => database.destroy());

  it('gives every role an email and password that sign in to its home page', async () => {
    expect(credentials.map((c) => c.role).sort()).toEqual([
      'admin',
      'commissioner',
      'member',
      'officer',
      'provider',
    ]);
    const app = createApp(buildServices({ db: database.db, config }));
    const homes: Record<string, string> = {};
    for (const c of credentials) {
      const agent = supertest.agent(app);
      const token = csrfFrom((await agent.get('/sign-in')).text);
      const res = await agent
        .post('/sign-in')
        .type('form')
        .send({ _csrf: token, email: c.email, password: c.password });
      expect(res.status, c.role).toBe(303);
      homes[c.role] = res.headers.location as string;
      expect((await agent.get(homes[c.role]!)).status, c.role).toBe(200);
    }
    expect(homes).toEqual({
      officer: '/staff/queue',
      commissioner: '/staff/coverage',
      admin: '/admin/providers',
      provider: '/my/offers',
      member: '/scrutiny',
    });
  });

  it('keeps a password changed since: a restart does not reset it', async () => {
    const officer = credentials.find((c) => c.role === 'officer')!;
    await database.db('users').where({ email: officer.email }).update({ password_hash: 'changed-elsewhere' });
    await prepareDatabase(database.db, config, Date.now());
    expect(
      (await database.db('users').where({ email: officer.email }).first('password_hash')).password_hash,
    ).toBe('changed-elsewhere');
  }, 120_000);
});
