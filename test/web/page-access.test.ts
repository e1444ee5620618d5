import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_ROLES, type Role } from '../../src/auth/roles';
import { allPages } from '../../src/web';
import { buildProvider } from '../factories';
import { seedReference } from '../helpers/brokerage';
import { createWebTestContext, heading, type WebAgent, type WebTestContext } from './helpers';

/** Every declared page, for every role: the page-level access matrix. Ids in paths name no record. */
describe('access to the pages', () => {
  let ctx: WebTestContext;
  const agents = {} as Record<Role, WebAgent>;
  let anonymous: WebAgent;
  let providerUser: WebAgent;
  const pages = () =>
    allPages(ctx.services).map((p) => ({ ...p, url: p.path.replace(/:[a-zA-Z]+/g, '999999') }));

  beforeAll(async () => {
    ctx = await createWebTestContext();
    await seedReference(ctx);
    const providerId = await buildProvider(ctx.services.db);
    // The provider agent administers its organisation, so it may open every provider page;
    // providerUser, a colleague who does not, is refused the organisation's user pages.
    for (const role of USER_ROLES)
      agents[role] = await ctx.signedIn(role, role === 'provider' ? providerId : undefined, {
        providerAdmin: role === 'provider',
      });
    providerUser = await ctx.signedIn('provider', providerId);
    anonymous = ctx.anonymous();
  });
  afterAll(() => ctx.destroy());

  it('declares pages for every part of the service', () => {
    const paths = pages().map((p) => `${p.method} ${p.path}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'get /staff/queue',
        'get /staff/packages/new',
        'post /staff/packages/new',
        'get /staff/packages/:id',
        'get /staff/packages',
        'get /staff/packages/:id/edit',
        'post /staff/packages/:id/edit',
        'post /staff/packages/:id/end',
        'get /staff/reviews-due',
        'get /staff/packages/:id/funding-review',
        'post /staff/packages/:id/funding-review',
        'post /staff/packages/:id/cancel',
        'get /staff/providers',
        'post /staff/packages/:id/hand-back/decision',
        'get /staff/providers/:id/transition',
        'get /my/offers',
        'post /my/offers/:id/accept',
        'get /my/packages',
        'get /staff/packages/:id/visits',
        'get /my/packages/:id/visits',
        'get /my/capacity',
        'get /my/needs',
        'post /my/needs',
        'get /admin/specialists',
        'post /admin/specialists',
        'post /admin/specialists/remove',
        'get /my/performance',
        'get /admin/rate-cards',
        'get /admin/dates',
        'get /admin/imports/cqc-ratings',
        'post /admin/imports/cqc-ratings',
        'get /admin/imports/caseload',
        'post /admin/imports/caseload',
        'get /staff/before-after',
        'get /admin/providers',
        'get /staff/coverage',
        'get /staff/coverage/download.csv',
        'get /staff/coverage/download.geojson',
        'get /staff/performance',
        'get /staff/performance/flags/:id',
        'post /staff/performance/flags/:id/confirm',
        'post /staff/performance/flags/:id/dismiss',
        'get /staff/rag-targets',
        'post /staff/rag-targets',
        'get /staff/finance',
        'post /staff/finance',
        'get /admin/providers/:id/evidence',
        'post /admin/providers/:id/evidence',
        'get /staff/provider-risk',
        'post /staff/provider-risk/run',
        'get /staff/provider-risk/:id',
        'post /staff/provider-risk/:id',
        'get /my/notifications',
        'post /my/notifications',
        'get /my/webhooks',
        'get /my/webhooks/:id',
        'post /my/webhooks/:id/deliveries/:deliveryId/replay',
        'get /admin/outbox',
        'get /admin/outbox/:id',
        'post /admin/outbox/:id/resend',
        'get /admin/users/:id/tokens',
        'post /admin/users/:id/tokens/revoke',
        'get /admin/users',
        'get /admin/users/invite',
        'post /admin/users/invite',
        'get /admin/users/:id',
        'post /admin/users/:id',
        'post /admin/users/:id/sessions/end',
        'get /my/users',
        'get /my/users/invite',
        'post /my/users/invite',
        'post /my/users/:id',
        'get /account',
        'post /account/sessions/end',
        'get /account/two-factor',
        'post /account/two-factor',
        'get /staff/admission',
        'post /staff/admission',
        'get /staff/admission/rounds/:id',
        'get /staff/admission/applications/:id',
        'post /staff/admission/applications/:id/decision',
        'get /staff/admission/applicants/new',
        'post /staff/admission/applicants/new',
        'get /staff/admission/check-items',
        'post /staff/admission/check-items',
        'get /staff/providers/:id/readiness',
        'post /staff/providers/:id/readiness',
        'post /staff/providers/:id/activate',
        'get /my/applications',
        'post /my/applications',
        'get /scrutiny',
        'get /scrutiny.pdf',
      ]),
    );
  });

  it('sends anyone not signed in to the sign-in page, from every page', async () => {
    const token = await anonymous.csrf();
    for (const page of pages()) {
      const res =
        page.method === 'get'
          ? await anonymous.get(page.url)
          : await anonymous.post(page.url).type('form').send({ _csrf: token });
      expect(res.status, `${page.method} ${page.url}`).toBe(303);
      expect(res.headers.location, page.url).toMatch(/^\/sign-in/);
    }
  });

  for (const role of USER_ROLES) {
    it(`opens to the ${role} role exactly the pages declared for it`, async () => {
      const agent = agents[role];
      const token = await agent.csrf('/sign-in');
      for (const page of pages()) {
        const res =
          page.method === 'get'
            ? await agent.get(page.url)
            : await agent.post(page.url).type('form').send({ _csrf: token });
        const label = `${role} ${page.method} ${page.url}`;
        if (!page.roles.includes(role)) {
          expect(res.status, label).toBe(403);
          expect(heading(res.text), label).toBe('You cannot use this page');
        } else if (page.path.includes(':')) {
          expect(res.status, label).toBe(404); // allowed, but there is no record 999999
          expect(heading(res.text), label).toBe('Page not found');
        } else {
          expect([200, 303, 400], label).toContain(res.status); // a page, a redirect, or a form's errors
        }
      }
    });
  }

  it("refuses a provider user who does not administer its organisation the organisation's user pages", async () => {
    const token = await providerUser.csrf('/sign-in');
    const adminOnly = pages().filter((p) => p.providerAdminOnly);
    expect(adminOnly.length).toBeGreaterThanOrEqual(4);
    for (const page of adminOnly) {
      const res =
        page.method === 'get'
          ? await providerUser.get(page.url)
          : await providerUser.post(page.url).type('form').send({ _csrf: token });
      expect(res.status, `${page.method} ${page.url}`).toBe(403);
    }
    expect((await providerUser.get('/my/offers')).status).toBe(200);
  });

  it('answers unknown paths under the pages with an HTML 404, and leaves the API its problem+json', async () => {
    const page = await agents.officer.get('/staff/no-such-page');
    expect(page.status).toBe(404);
    expect(page.type).toBe('text/html');
    const api = await agents.officer.get('/no-such-route');
    expect(api.type).toBe('application/problem+json');
  });

  it('serves GOV.UK Frontend, its fonts and Leaflet from the app itself', async () => {
    for (const path of [
      '/assets/govuk-frontend.min.css',
      '/assets/govuk-frontend.min.js',
      '/assets/app/init.js',
      '/assets/images/favicon.svg',
      '/assets/leaflet/leaflet.js',
      '/assets/leaflet/leaflet.css',
      '/assets/app/coverage-map.js',
    ]) {
      expect((await anonymous.get(path)).status, path).toBe(200);
    }
    const css = (await anonymous.get('/assets/govuk-frontend.min.css')).text;
    const font = css.match(/url\((\/assets\/fonts\/[^)]+\.woff2)\)/)![1]!;
    expect((await anonymous.get(font)).status).toBe(200);
  });
});
