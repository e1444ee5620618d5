import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildUserWithToken } from '../factories/users';
import { createTestContext, type TestContext } from '../helpers/context';

describe('DELETE /users/:id/tokens', () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext();
  });
  afterEach(() => ctx.destroy());

  const revoke = (token: string, userId: number) =>
    ctx.request.delete(`/users/${userId}/tokens`).set('Authorization', `Bearer ${token}`);

  it("refuses to revoke the last administrator's API access, with a title that says why", async () => {
    const admin = await buildUserWithToken(ctx.services.db, { role: 'admin' }, ctx.clock.now());
    const res = await revoke(admin.token, admin.id);
    expect(res.status).toBe(409);
    expect(res.type).toBe('application/problem+json');
    expect(res.body).toMatchObject({
      type: '/problems/last-admin-access',
      title: "Cannot revoke the last administrator's API access",
    });
    expect((await ctx.request.get('/me').set('Authorization', `Bearer ${admin.token}`)).status).toBe(200);
  });

  it("revokes an admin's own tokens once another admin holds a live one, and audits it", async () => {
    const first = await buildUserWithToken(ctx.services.db, { role: 'admin' }, ctx.clock.now());
    const second = await buildUserWithToken(ctx.services.db, { role: 'admin' }, ctx.clock.now());
    const res = await revoke(first.token, first.id);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ revoked: 1 });
    expect((await ctx.request.get('/me').set('Authorization', `Bearer ${first.token}`)).status).toBe(401);
    // Now the second is the last admin with API access: it cannot revoke its own.
    expect((await revoke(second.token, second.id)).status).toBe(409);
    const audit = await ctx.services
      .db('audit_events')
      .where({ action: 'token.revoke-all', entity_id: String(first.id) });
    expect(audit).toHaveLength(1);
  });
});
