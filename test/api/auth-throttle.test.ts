import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { createApp } from '../../src/app';
import { retentionJob } from '../../src/jobs/retention';
import { createTestContext, type TestContext } from '../helpers/context';

describe('repeated failed authentication', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ config: { authFailuresBeforeDelay: 2, authFailuresBeforeBlock: 4 } });
  });
  afterAll(() => ctx.destroy());

  it('is slowed down, then refused with 429, while valid tokens are not counted', async () => {
    const good = await ctx.tokenFor('officer');
    for (let i = 0; i < 10; i += 1) {
      expect((await ctx.request.get('/me').set('Authorization', `Bearer ${good}`)).status).toBe(200);
    }
    const timings: number[] = [];
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const started = Date.now();
      const res = await ctx.request
        .get('/me')
        .set('Authorization', 'Bearer hcfl_wrong-token-xxxxxxxxxxxxxxxxxxxx');
      timings.push(Date.now() - started);
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    // The third and fourth failures are delayed (250 ms per failure past the second).
    expect(timings[2]).toBeGreaterThanOrEqual(200);
    expect(timings[0]).toBeLessThan(200);
  });
});

describe('failed authentication counted across instances', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ config: { authFailuresBeforeDelay: 100, authFailuresBeforeBlock: 3 } });
  });
  afterAll(() => ctx.destroy());

  it('refuses at a second instance the address that failed at the first, until the failures are 15 minutes old', async () => {
    const first = supertest(createApp(ctx.services));
    const second = supertest(createApp(ctx.services));
    const wrong = { Authorization: 'Bearer hcfl_wrong-token-xxxxxxxxxxxxxxxxxxxx' };
    expect((await first.get('/me').set(wrong)).status).toBe(401);
    expect((await second.get('/me').set(wrong)).status).toBe(401);
    ctx.clock.set(ctx.clock.now() + 60_000);
    expect((await first.get('/me').set(wrong)).status).toBe(401);
    const refused = await second.get('/me').set(wrong);
    expect(refused.status).toBe(429);
    expect(refused.type).toBe('application/problem+json');
    // The oldest failure leaves the window in 14 minutes.
    expect(refused.headers['retry-after']).toBe(String(14 * 60));
    ctx.clock.set(ctx.clock.now() + 14 * 60_000);
    expect((await first.get('/me').set(wrong)).status).toBe(401);
  });
});

describe('failed authentications kept', () => {
  it('only while they count: the retention job deletes older ones', async () => {
    const ctx = await createTestContext();
    try {
      const wrong = { Authorization: 'Bearer hcfl_wrong-token-xxxxxxxxxxxxxxxxxxxx' };
      expect((await ctx.request.get('/me').set(wrong)).status).toBe(401);
      ctx.clock.set(ctx.clock.now() + 10 * 60_000);
      expect((await ctx.request.get('/me').set(wrong)).status).toBe(401);
      ctx.clock.set(ctx.clock.now() + 6 * 60_000);
      const result = (await retentionJob.run(ctx.services, ctx.clock.now())) as { authFailures: number };
      expect(result.authFailures).toBe(1);
      expect(await ctx.services.db('auth_failures').count({ n: '*' }).first()).toEqual({ n: 1 });
    } finally {
      await ctx.destroy();
    }
  });
});

describe('the probe that locked everyone out (issue 21)', () => {
  // Limits far below the defaults, so that the reproducer would have been refused before the fix.
  const limits = { authFailuresBeforeDelay: 100, authFailuresBeforeBlock: 5 };

  it('never refuses valid credentials, /health, static assets or the sign-in page after 50 anonymous requests', async () => {
    const ctx = await createTestContext({ config: limits });
    try {
      const admin = await ctx.tokenFor('admin');
      for (let i = 0; i < 50; i += 1) expect((await ctx.request.get('/me')).status).toBe(401);
      expect((await ctx.request.get('/me').set('Authorization', `Bearer ${admin}`)).status).toBe(200);
      expect((await ctx.request.get('/health')).status).toBe(200);
      expect((await ctx.request.get('/sign-in')).status).toBe(200);
      expect((await ctx.request.get('/assets/app/app.css')).status).toBe(200);
      // Requests without credentials are not even counted: nothing was read or written for them.
      expect(await ctx.services.db('auth_failures').count({ n: '*' }).first()).toEqual({ n: 0 });
    } finally {
      await ctx.destroy();
    }
  });

  it('refuses only failing credentials once an address is past its limit: valid tokens and /health still pass', async () => {
    const ctx = await createTestContext({ config: limits });
    try {
      const admin = await ctx.tokenFor('admin');
      const wrong = { Authorization: 'Bearer hcfl_wrong-token-xxxxxxxxxxxxxxxxxxxx' };
      const statuses: number[] = [];
      for (let i = 0; i < 50; i += 1) statuses.push((await ctx.request.get('/me').set(wrong)).status);
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(new Set(statuses.slice(5))).toEqual(new Set([429]));
      expect((await ctx.request.get('/me').set('Authorization', `Bearer ${admin}`)).status).toBe(200);
      expect((await ctx.request.get('/health')).status).toBe(200);
      expect((await ctx.request.get('/sign-in')).status).toBe(200);
      // Anonymous requests still get their plain 401, not the address's 429.
      expect((await ctx.request.get('/me')).status).toBe(401);
    } finally {
      await ctx.destroy();
    }
  });
});
