import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, USER_ROLES, type Role } from '../../src/auth/roles';
import type { AnyRoute } from '../../src/http/route';
import { documentedStatuses } from '../../src/openapi/document';
import { buildRoutes } from '../../src/routes';
import { buildProvider } from '../factories';
import { createTestContext, type TestContext } from '../helpers/context';

/**
 * Walks every route of the route table for every role: no token → 401, a role the route does
 * not name → 403, a role it names → neither; and every answer is one the OpenAPI document lists
 * for the route. A new route is covered as soon as it is declared.
 * Ownership (a provider asking for another provider's resource → 404, lists without the other's items)
 * is walked route by route in test/reliability/access-ownership.test.ts, from the same route table.
 */
describe('access matrix', () => {
  let ctx: TestContext;
  let routes: AnyRoute[];
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    ctx = await createTestContext();
    routes = buildRoutes(ctx.services);
    const providerId = await buildProvider(ctx.services.db);
    for (const role of USER_ROLES)
      tokens[role] = await ctx.tokenFor(role, role === 'provider' ? providerId : undefined);
  });
  afterAll(() => ctx.destroy());

  const send = (route: AnyRoute, token?: string) => {
    // An id that matches nothing, so that allowed calls cannot change the fixtures of later calls.
    const path = route.path.replace(/:([A-Za-z_]+)/g, '999999');
    const req = ctx.request[route.method](path);
    if (token) req.set('Authorization', `Bearer ${token}`);
    return route.request.body ? req.send({}) : req;
  };

  it('has routes to walk', () => {
    expect(routes.length).toBeGreaterThan(3);
  });

  it('declares an access rule for every route', () => {
    for (const route of routes) {
      const ok =
        'public' in route.access || route.access.roles.every((r) => (ROLES as readonly string[]).includes(r));
      expect(ok, `${route.method} ${route.path}`).toBe(true);
    }
  });

  // Every route, seven calls each (no token, a bad one, five roles): longer than the usual 30 seconds on a busy machine.
  it(
    'answers 401 without a token, 403 for roles not allowed, and lets allowed roles through',
    { timeout: 120_000 },
    async () => {
      const failures: string[] = [];
      for (const route of routes) {
        const name = `${route.method.toUpperCase()} ${route.path}`;
        // Every answer, refusals included, is one the document lists for the route.
        const documented = documentedStatuses(route);
        const call = async (token?: string) => {
          const res = await send(route, token);
          if (!documented.includes(res.status))
            failures.push(`${name}: answered ${res.status}, documented ${documented.join(', ')}`);
          return res;
        };
        if ('public' in route.access) {
          const res = await call();
          if (res.status === 401 || res.status === 403)
            failures.push(`${name}: public route answered ${res.status}`);
          continue;
        }
        const anonymous = await call();
        if (anonymous.status !== 401)
          failures.push(`${name} without token: ${anonymous.status}, expected 401`);
        const garbage = await call('hcfl_not-a-real-token-at-all-xxxxxxxx');
        if (garbage.status !== 401)
          failures.push(`${name} with unknown token: ${garbage.status}, expected 401`);
        // `member` is walked too: an elected member's token opens no route (USER_ROLES in src/auth/roles.ts).
        for (const role of USER_ROLES) {
          const res = await call(tokens[role]);
          const allowed = (route.access.roles as readonly Role[]).includes(role);
          if (!allowed && res.status !== 403)
            failures.push(`${name} as ${role}: ${res.status}, expected 403`);
          if (allowed && (res.status === 401 || res.status === 403)) {
            failures.push(`${name} as ${role}: ${res.status}, expected to be let through`);
          }
        }
      }
      expect(failures).toEqual([]);
    },
  );
});
