import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUserWithToken } from '../factories/users';
import { createWebTestContext, heading, textOf, type WebTestContext } from './helpers';

const liveTokens = (ctx: WebTestContext, userId: number) =>
  ctx.services.db('api_tokens').where({ user_id: userId }).whereNull('revoked_at').count({ n: '*' }).first();

describe('API token pages', () => {
  let ctx: WebTestContext;
  beforeAll(async () => {
    ctx = await createWebTestContext();
  });
  afterAll(() => ctx.destroy());

  it("revokes another user's tokens at once, with a message on the page", async () => {
    const agent = await ctx.signedIn('admin');
    const officer = await buildUserWithToken(ctx.services.db, { role: 'officer' }, ctx.clock.now());
    const page = await agent.get(`/admin/users/${officer.id}/tokens`);
    expect(textOf(page.text)).toContain('has 1 live API token');
    const res = await agent.submit(
      `/admin/users/${officer.id}/tokens`,
      {},
      `/admin/users/${officer.id}/tokens/revoke`,
    );
    expect(res.status).toBe(303);
    expect(textOf((await agent.get(res.headers.location!)).text)).toContain('1 API token revoked');
    expect(await liveTokens(ctx, officer.id)).toEqual({ n: 0 });
  });

  it('asks an admin to confirm before revoking their own tokens', async () => {
    const agent = await ctx.signedIn('admin');
    const me = await ctx.services.db('users').where({ role: 'admin' }).orderBy('id', 'desc').first('id');
    await ctx.services
      .db('api_tokens')
      .insert({ user_id: me.id, token_hash: 'f'.repeat(64), label: 'test', created_at: ctx.clock.now() });
    await buildUserWithToken(ctx.services.db, { role: 'admin' }, ctx.clock.now());
    const path = `/admin/users/${me.id}/tokens`;
    const asked = await agent.submit(path, {}, `${path}/revoke`);
    expect(asked.status).toBe(200);
    expect(heading(asked.text)).toBe('Revoke your own API tokens?');
    expect(await liveTokens(ctx, me.id)).toEqual({ n: 1 });
    const done = await agent.submit(path, { confirm: 'yes' }, `${path}/revoke`);
    expect(done.status).toBe(303);
    expect(await liveTokens(ctx, me.id)).toEqual({ n: 0 });
  });

  it("refuses, with a page that says why, to revoke the last administrator's API access", async () => {
    await ctx.services.db('api_tokens').update({ revoked_at: ctx.clock.now() });
    const agent = await ctx.signedIn('admin');
    const last = await buildUserWithToken(ctx.services.db, { role: 'admin' }, ctx.clock.now());
    const res = await agent.submit(
      `/admin/users/${last.id}/tokens`,
      {},
      `/admin/users/${last.id}/tokens/revoke`,
    );
    expect(res.status).toBe(409);
    expect(textOf(res.text)).toContain('the only administrator with a live API token');
    expect(await liveTokens(ctx, last.id)).toEqual({ n: 1 });
  });
});
