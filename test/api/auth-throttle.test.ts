import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
      const res = await ctx.request.get('/me').set('Authorization', 'Bearer hcfl_wrong-token-xxxxxxxxxxxxxxxxxxxx');
      timings.push(Date.now() - started);
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    // The third and fourth failures are delayed (250 ms per failure past the second).
    expect(timings[2]).toBeGreaterThanOrEqual(200);
    expect(timings[0]).toBeLessThan(200);
  });
});
