import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { FAILURE_WINDOW_MS } from '../../src/auth/failures';
import { manualClock } from '../../src/clock';
import { createLogger } from '../../src/logger';
import { buildServices, type Services } from '../../src/services';
import { buildUserWithToken, buildWebUser } from '../factories';
import { createMigratedDatabase, type TestDatabase } from '../helpers/db';
import { TEST_START, testConfig } from '../helpers/context';
import { PLACES, newPackage, providerInZone, seedReference } from '../helpers/brokerage';
import { csrfFrom } from '../web/helpers';

/**
 * The service's limits, on the app as production builds it (the production logger, with its
 * redaction): the request body limit, throttled authentication, security headers, and secrets
 * (API tokens, passwords, session cookies, service-user references) in neither the log nor the
 * database except as hashes.
 */
describe('limits', () => {
  let database: TestDatabase;
  let services: Services;
  let app: ReturnType<typeof createApp>;
  let admin: string;
  let officer: string;
  const log: string[] = [];
  const secrets: string[] = [];

  beforeAll(async () => {
    database = await createMigratedDatabase();
    const clock = manualClock(TEST_START);
    const logger = createLogger(
      'info',
      new Writable({
        write(chunk, _encoding, done) {
          log.push(...String(chunk).split('\n').filter(Boolean));
          done();
        },
      }),
    );
    services = buildServices({
      db: database.db,
      config: testConfig({ authFailuresBeforeDelay: 1_000, authFailuresBeforeBlock: 6 }),
      clock,
      logger,
    });
    app = createApp(services);
    const token = async (role: 'admin' | 'officer') =>
      (await buildUserWithToken(database.db, { role }, clock.now())).token;
    admin = await token('admin');
    officer = await token('officer');
    secrets.push(admin, officer);
    await seedReference({ services, clock } as never);
  });
  afterAll(() => database.destroy());

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('refuses a body over the limit with 413, and does not read the body of an anonymous caller', async () => {
    const big = newPackage({
      needs: { carerGender: 'any', languages: [], twoCarers: false, specialisms: [], support: [] },
      padding: 'x'.repeat(101 * 1024),
    });
    const tooLarge = await supertest(app).post('/packages').set(auth(officer)).send(big);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(tooLarge.text)).toMatchObject({
      type: '/problems/body-too-large',
      detail: 'The request body is larger than 100 kB.',
    });
    const anonymous = await supertest(app)
      .post('/packages')
      .send({ padding: 'x'.repeat(5 * 1024 * 1024) });
    expect(anonymous.status).toBe(401);
  });

  it('sets the security headers on answers, refusals and pages alike', async () => {
    const answers: [string, supertest.Response][] = [
      ['health', await supertest(app).get('/health')],
      ['401', await supertest(app).get('/packages')],
      ['404', await supertest(app).get('/no-such-route')],
      ['400', await supertest(app).get('/packages').set(auth(officer)).query({ limit: 'lots' })],
      ['page', await supertest(app).get('/sign-in')],
    ];
    for (const [name, res] of answers) {
      const where = `${name} → ${res.status}`;
      expect(res.headers['content-security-policy'], where).toMatch(/default-src 'self'/);
      expect(res.headers['strict-transport-security'], where).toMatch(/max-age=\d+/);
      expect(res.headers['x-content-type-options'], where).toBe('nosniff');
      expect(res.headers['x-frame-options'], where).toMatch(/SAMEORIGIN|DENY/);
      expect(res.headers['referrer-policy'], where).toBeDefined();
      expect(res.headers['cross-origin-opener-policy'], where).toBe('same-origin');
      expect(res.headers['x-powered-by'], where).toBeUndefined();
    }
  });

  it('answers repeated failed authentication from one address with 429 problem+json and Retry-After', async () => {
    // (test/api/auth-throttle.test.ts proves the slow-down before the block, and that valid tokens do not count.)
    // The failures count across instances (in the database); the other tests here fail authentication on
    // purpose, so this one starts a window after theirs and moves past its own when done.
    const clock = services.clock as ReturnType<typeof manualClock>;
    clock.advance(FAILURE_WINDOW_MS);
    const agent = supertest(app);
    const statuses: number[] = [];
    let last: supertest.Response | undefined;
    for (let i = 0; i < 7; i += 1) {
      last = await agent.get('/me').set(auth(`hcfl_guess-${i}-xxxxxxxxxxxxxxxxxxxxxxxxxx`));
      statuses.push(last.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429]);
    expect(last!.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(last!.headers['retry-after']).toMatch(/^\d+$/);
    expect(JSON.parse(last!.text)).toMatchObject({
      status: 429,
      type: '/problems/too-many-failed-authentications',
    });
    clock.advance(FAILURE_WINDOW_MS);
    expect((await agent.get('/me').set(auth(admin))).status).toBe(200);
  });

  it('keeps tokens, passwords, session cookies and references out of the log, and stores only hashes', async () => {
    // API tokens: one created with a user, one issued again; each used once.
    const created = await supertest(app)
      .post('/users')
      .set(auth(admin))
      .send({ name: 'New Officer', role: 'officer', email: 'new.officer@example.org' });
    expect(created.status).toBe(201);
    const issued = await supertest(app).post(`/users/${created.body.user.id}/tokens`).set(auth(admin));
    expect(issued.status).toBe(201);
    secrets.push(created.body.token, issued.body.token);
    for (const token of [created.body.token, issued.body.token])
      expect((await supertest(app).get('/me').set(auth(token))).status).toBe(200);

    // A web sign-in with a password (and a wrong one first); the session cookie it sets.
    const password = 'correct horse battery staple 42';
    const user = await buildWebUser(
      database.db,
      { role: 'officer', name: 'Web Officer', email: 'web.officer@example.org', password },
      Date.parse(TEST_START),
    );
    const browser = supertest.agent(app);
    const signIn = async (pw: string) => {
      const page = await browser.get('/sign-in');
      return browser
        .post('/sign-in')
        .type('form')
        .send({ _csrf: csrfFrom(page.text), email: 'web.officer@example.org', password: pw });
    };
    expect((await signIn('wrong password entirely')).status).not.toBe(303);
    const signedIn = await signIn(password);
    expect(signedIn.status).toBe(303);
    const cookie = String(signedIn.headers['set-cookie']?.[0] ?? '')
      .split(';')[0]!
      .split('=')[1]!;
    secrets.push(password, 'wrong password entirely', decodeURIComponent(cookie));
    expect(user.id).toBeGreaterThan(0);

    // A service-user reference and location, sent to the API.
    const provider = await providerInZone(
      { services, clock: services.clock, tokenFor: async () => '' } as never,
      'hinckley',
      'prime',
    );
    expect(provider.id).toBeGreaterThan(0);
    const pkg = newPackage({ location: PLACES.hinckley });
    expect((await supertest(app).post('/packages').set(auth(officer)).send(pkg)).status).toBe(201);
    expect(
      (await supertest(app).get('/packages').set(auth(officer)).query({ zone: 'hinckley' })).status,
    ).toBe(200);

    const text = log.join('\n');
    expect(log.length).toBeGreaterThan(10);
    for (const secret of [...secrets, pkg.reference])
      expect(text, 'a secret in the log').not.toContain(secret);
    expect(text).not.toMatch(/hcfl_[A-Za-z0-9_-]{20,}/);
    expect(text).not.toMatch(/\$2[aby]\$\d\d\$/);

    // The database: no secret anywhere, tokens as SHA-256, passwords as bcrypt.
    const tables: string[] =
      database.engine === 'postgres'
        ? (await database.db.raw(`select tablename from pg_tables where schemaname = 'public'`)).rows.map(
            (r: { tablename: string }) => r.tablename,
          )
        : (await database.db.raw(`select name from sqlite_master where type = 'table'`)).map(
            (r: { name: string }) => r.name,
          );
    for (const table of tables) {
      const dump = JSON.stringify(await database.db(table).select());
      for (const secret of secrets) expect(dump, `a secret in table ${table}`).not.toContain(secret);
    }
    const hashes = (await database.db('api_tokens').select('token_hash')).map((r) => r.token_hash as string);
    for (const token of secrets.filter((s) => s.startsWith('hcfl_'))) {
      expect(hashes).toContain(createHash('sha256').update(token).digest('hex'));
    }
    const stored = await database.db('users').where({ id: user.id }).first('password_hash');
    expect(stored.password_hash).toMatch(/^\$2[aby]\$\d\d\$/);
  });
});
