import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as audit from '../../src/audit/record';
import { createTestContext, type TestContext } from '../helpers/context';

describe('the service foundation', () => {
  let ctx: TestContext;
  let admin: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    admin = await ctx.tokenFor('admin');
  });
  afterAll(() => ctx.destroy());

  describe('GET /health', () => {
    it('answers 200 when the database is reachable', async () => {
      const res = await ctx.request.get('/health');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok', database: 'reachable' });
    });
  });

  describe('errors are problem+json', () => {
    it('answers an unknown route with a 404 problem', async () => {
      const res = await ctx.request.get('/no-such-route');
      expect(res.status).toBe(404);
      expect(res.type).toBe('application/problem+json');
      expect(JSON.parse(res.text)).toMatchObject({ status: 404, type: '/problems/route-not-found' });
    });

    it('answers malformed JSON with a 400 problem', async () => {
      const res = await ctx.request
        .post('/users')
        .set('Authorization', `Bearer ${admin}`)
        .set('Content-Type', 'application/json')
        .send('{"name": "unterminated');
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text)).toMatchObject({ type: '/problems/malformed-json' });
    });

    it('answers a body over 100 kB with a 413 problem', async () => {
      const res = await ctx.request
        .post('/users')
        .set('Authorization', `Bearer ${admin}`)
        .send({ name: 'x'.repeat(101 * 1024), role: 'officer' });
      expect(res.status).toBe(413);
      expect(JSON.parse(res.text)).toMatchObject({ status: 413, type: '/problems/body-too-large' });
    });

    it('names every failing field of an invalid request', async () => {
      const res = await ctx.request
        .post('/users')
        .set('Authorization', `Bearer ${admin}`)
        .send({ name: '', role: 'wizard', surplus: true });
      expect(res.status).toBe(400);
      const problem = JSON.parse(res.text);
      const paths = problem.errors.map((e: { path: string }) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['body.name', 'body.role']));
      expect(problem.errors.every((e: { message: string }) => e.message.length > 0)).toBe(true);
    });

    it('never sends a stack trace or SQL to the client', async () => {
      const spy = vi
        .spyOn(audit, 'recordAudit')
        .mockRejectedValueOnce(new Error('SQLITE_ERROR: near "select": secret'));
      const res = await ctx.request.post('/users').set('Authorization', `Bearer ${admin}`).send({
        name: 'Will fail',
        role: 'officer',
      });
      spy.mockRestore();
      expect(res.status).toBe(500);
      expect(res.text).not.toMatch(/SQLITE|select|secret|at .*\.ts/);
      expect(JSON.parse(res.text).requestId).toBe(res.headers['x-request-id']);
    });
  });

  describe('multi-step writes', () => {
    it('leave nothing behind when a step fails: no user, no token, no audit row', async () => {
      const countOf = async (table: string) =>
        Number(((await ctx.services.db(table).count({ n: '*' }).first()) as { n: number }).n);
      const before = {
        users: await countOf('users'),
        tokens: await countOf('api_tokens'),
        audit: await countOf('audit_events'),
      };
      // The user row and its audit row are written; then issuing the token's audit row fails.
      const realRecordAudit = audit.recordAudit;
      const spy = vi.spyOn(audit, 'recordAudit');
      spy.mockImplementationOnce(realRecordAudit);
      spy.mockRejectedValueOnce(new Error('disk full'));
      const res = await ctx.request.post('/users').set('Authorization', `Bearer ${admin}`).send({
        name: 'Half-made user',
        role: 'officer',
      });
      spy.mockRestore();
      expect(res.status).toBe(500);
      expect(await countOf('users')).toBe(before.users);
      expect(await countOf('api_tokens')).toBe(before.tokens);
      expect(await countOf('audit_events')).toBe(before.audit);
    });
  });

  describe('users and the audit trail', () => {
    it('creates a user whose token works once issued, and audits who did it', async () => {
      const created = await ctx.request
        .post('/users')
        .set('Authorization', `Bearer ${admin}`)
        .set('x-request-id', 'req-create-officer')
        .send({ name: 'Olive Officer', role: 'officer' });
      expect(created.status).toBe(201);
      expect(created.body.user).toMatchObject({ name: 'Olive Officer', role: 'officer', providerId: null });
      const me = await ctx.request.get('/me').set('Authorization', `Bearer ${created.body.token}`);
      expect(me.body).toMatchObject({ name: 'Olive Officer', role: 'officer' });

      const trail = await ctx.request
        .get(`/audit?entity=user&id=${created.body.user.id}`)
        .set('Authorization', `Bearer ${admin}`);
      expect(trail.status).toBe(200);
      const actions = trail.body.events.map((e: { action: string }) => e.action);
      expect(actions).toEqual(['token.issue', 'user.create']);
      const createEvent = trail.body.events[1];
      expect(createEvent).toMatchObject({
        actor: { role: 'admin' },
        requestId: 'req-create-officer',
        before: null,
      });
      expect(createEvent.after).toMatchObject({ name: 'Olive Officer' });
      expect(JSON.stringify(trail.body)).not.toContain(created.body.token);
    });

    it('stores tokens only as hashes', async () => {
      const created = await ctx.request
        .post('/users')
        .set('Authorization', `Bearer ${admin}`)
        .send({ name: 'Hash Check', role: 'commissioner' });
      const rows = await ctx.services.db('api_tokens').select('token_hash');
      expect(rows.some((r) => r.token_hash === created.body.token)).toBe(false);
      expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
    });

    it('refuses a revoked token and an expired one', async () => {
      const created = await ctx.request
        .post('/users')
        .set('Authorization', `Bearer ${admin}`)
        .send({ name: 'Short Lived', role: 'officer' });
      const token = created.body.token as string;
      expect((await ctx.request.get('/me').set('Authorization', `Bearer ${token}`)).status).toBe(200);
      ctx.clock.advance(ctx.services.config.tokenTtlDays * 86_400_000 + 1);
      expect((await ctx.request.get('/me').set('Authorization', `Bearer ${token}`)).status).toBe(401);

      const second = await ctx.request
        .post(`/users/${created.body.user.id}/tokens`)
        .set('Authorization', `Bearer ${admin}`);
      expect(second.status).toBe(201);
      expect((await ctx.request.get('/me').set('Authorization', `Bearer ${second.body.token}`)).status).toBe(
        200,
      );
      const revoked = await ctx.request
        .delete(`/users/${created.body.user.id}/tokens`)
        .set('Authorization', `Bearer ${admin}`);
      expect(revoked.body.revoked).toBe(2);
      expect((await ctx.request.get('/me').set('Authorization', `Bearer ${second.body.token}`)).status).toBe(
        401,
      );
    });

    it('requires a provider for provider users, and an existing one', async () => {
      const missing = await ctx.request
        .post('/users')
        .set('Authorization', `Bearer ${admin}`)
        .send({ name: 'No Org', role: 'provider' });
      expect(missing.status).toBe(400);
      expect(JSON.parse(missing.text).errors[0].path).toBe('body.providerId');
      const unknown = await ctx.request
        .post('/users')
        .set('Authorization', `Bearer ${admin}`)
        .send({ name: 'Ghost Org', role: 'provider', providerId: 999_999 });
      expect(unknown.status).toBe(422);
    });
  });

  describe('logging', () => {
    it('writes one JSON line per request with id, user, route, status and duration, and no token', async () => {
      ctx.logLines.length = 0;
      const res = await ctx.request.get('/me').set('Authorization', `Bearer ${admin}`);
      expect(ctx.logLines).toHaveLength(1);
      const line = JSON.parse(ctx.logLines[0]!);
      expect(line).toMatchObject({
        req: { id: res.headers['x-request-id'], method: 'GET', path: '/me' },
        res: { statusCode: 200 },
        route: '/me',
      });
      expect(typeof line.userId).toBe('number');
      expect(typeof line.responseTime).toBe('number');
      expect(ctx.logLines.join('\n')).not.toContain(admin);
    });
  });
});
