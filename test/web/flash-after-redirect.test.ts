import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HashedSessionStore } from '../../src/web/session/hashed-store';
import { createWebTestContext, csrfFrom, type WebTestContext } from './helpers';

/**
 * A browser follows a 303 as soon as it has the headers, without waiting for the body. The message
 * for the next page (the flash) must already be in the stored session by then, or the next page is
 * shown without it (seen in the browser tests on a loaded machine: "Round opened" and "Package N
 * cancelled" missing). This client follows redirects the way a browser does, and the session store
 * is made slow (a loaded database), so that a redirect sent before the save is always caught.
 */
describe('a page after a redirect shows the message the action left', () => {
  let ctx: WebTestContext;
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    ctx = await createWebTestContext();
    const save = HashedSessionStore.prototype.set;
    vi.spyOn(HashedSessionStore.prototype, 'set').mockImplementation(async function (
      this: HashedSessionStore,
      ...args
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return save.apply(this, args);
    });
    server = http.createServer(ctx.app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await ctx.destroy();
  });

  /** POSTs a form and resolves with the response's status and location, as soon as its headers arrive. */
  const postForHeaders = (path: string, cookie: string, form: Record<string, string>) =>
    new Promise<{ status: number; location: string | undefined }>((resolve, reject) => {
      const body = new URLSearchParams(form).toString();
      const req = http.request(
        `${base}${path}`,
        {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        },
        (res) => {
          resolve({ status: res.statusCode ?? 0, location: res.headers.location });
          res.resume();
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  it('has the flash in the session before the redirect reaches the browser', async () => {
    const { email, password } = await ctx.webUser('officer');
    const agent = ctx.anonymous();
    const signIn = await agent.submit('/sign-in', { email, password });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
    let missing = 0;
    for (let i = 0; i < 5; i += 1) {
      const csrf = csrfFrom(await fetch(`${base}/account`, { headers: { cookie } }).then((r) => r.text()));
      const answer = await postForHeaders('/account/sessions/end', cookie, {
        _csrf: csrf,
        session: 'others',
      });
      expect(answer.status).toBe(303);
      const next = await fetch(`${base}${answer.location}`, { headers: { cookie } }).then((r) => r.text());
      if (!next.includes('0 sessions ended')) missing += 1;
    }
    expect(missing).toBe(0);
  });
});
