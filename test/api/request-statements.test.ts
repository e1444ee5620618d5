import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../helpers/context';

/**
 * Requests pay only for what they use (issue 22): a request without credentials, an asset or a
 * health check sends the database nothing it does not need: no session, user, token or
 * failed-authentication read (counted from knex's query events).
 */
describe('statements per request without credentials', () => {
  let ctx: TestContext;
  let statements: string[] = [];
  const record = (query: { sql: string }) => statements.push(query.sql);

  beforeAll(async () => {
    ctx = await createTestContext();
    // The session store clears expired sessions when it is built: that is not a request's statement.
    await new Promise((resolve) => setTimeout(resolve, 200));
    ctx.database.db.on('query', record);
  });
  afterAll(async () => {
    ctx.database.db.off('query', record);
    await ctx.destroy();
  });

  async function sent(path: string) {
    statements = [];
    const res = await ctx.request.get(path);
    return { status: res.status, statements };
  }

  // (The sign-in page is left out: its form's CSRF token is kept in a new session, which is stored.)
  it('sends none for an asset, a page or an API route asked without credentials', async () => {
    // (the agent keeps no cookie: none of these answers sets one)
    expect(await sent('/assets/app/app.css')).toEqual({ status: 200, statements: [] });
    expect(await sent('/staff/queue')).toEqual({ status: 303, statements: [] });
    expect(await sent('/packages')).toEqual({ status: 401, statements: [] });
  });

  it('sends one trivial query for /health', async () => {
    expect(await sent('/health')).toEqual({ status: 200, statements: ['select 1'] });
  });
});
