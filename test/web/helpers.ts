import supertest from 'supertest';
import { createApp } from '../../src/app';
import type { Role } from '../../src/auth/roles';
import { buildWebUser } from '../factories';
import { PLACES } from '../helpers/brokerage';
import { createTestContext, type TestContext } from '../helpers/context';
import type { Config } from '../../src/config';

export interface WebTestContext extends TestContext {
  app: ReturnType<typeof createApp>;
  /** A new user with an email and password (not signed in). */
  webUser(
    role: Role,
    providerId?: number,
    options?: { providerAdmin?: boolean },
  ): Promise<{ id: number; email: string; password: string }>;
  /** A browser-like client (it keeps cookies) signed in as a new user of the role. */
  signedIn(role: Role, providerId?: number, options?: { providerAdmin?: boolean }): Promise<WebAgent>;
  /** A client that has signed in as nobody. */
  anonymous(): WebAgent;
}

export type WebAgent = ReturnType<typeof supertest.agent> & {
  /** GETs a page and returns its CSRF token, for the next POST. */
  csrf(path?: string): Promise<string>;
  /** GETs `page` for its CSRF token, then POSTs the form to `action` (default: the same path). */
  submit(page: string, form: Record<string, string | string[]>, action?: string): Promise<supertest.Response>;
};

function webAgent(app: ReturnType<typeof createApp>): WebAgent {
  const agent = supertest.agent(app) as WebAgent;
  agent.csrf = async (path = '/sign-in') => csrfFrom((await agent.get(path).redirects(2)).text);
  agent.submit = async (page, form, action = page) => {
    const token = await agent.csrf(page);
    return agent
      .post(action)
      .type('form')
      .send({ _csrf: token, ...form });
  };
  return agent;
}

export async function createWebTestContext(
  options: { config?: Partial<Config> } = {},
): Promise<WebTestContext> {
  const ctx = await createTestContext(options);
  const app = createApp(ctx.services);
  const webUser = (role: Role, providerId?: number, options: { providerAdmin?: boolean } = {}) =>
    buildWebUser(ctx.services.db, { role, providerId, ...options }, ctx.clock.now());
  return Object.assign(ctx, {
    app,
    webUser,
    anonymous: () => webAgent(app),
    async signedIn(role: Role, providerId?: number, options: { providerAdmin?: boolean } = {}) {
      const { email, password } = await webUser(role, providerId, options);
      const agent = webAgent(app);
      const res = await agent.submit('/sign-in', { email, password });
      if (res.status !== 303) throw new Error(`sign-in failed: ${res.status}\n${res.text.slice(0, 500)}`);
      return agent;
    },
  });
}

/** The new-package form as a browser posts it (a package in Loughborough unless overridden). */
export const packageForm = (overrides: Record<string, string | string[]> = {}) => ({
  reference: 'SU-20431',
  lat: String(PLACES.loughborough.lat),
  lon: String(PLACES.loughborough.lon),
  weeklyHours: '10',
  visitsPerWeek: '14',
  fundingStream: 'council',
  urgency: 'standard',
  'wantedStart-day': '12',
  'wantedStart-month': '1',
  'wantedStart-year': '2026',
  needs: ['moving-and-handling', 'medication-support'],
  language: '',
  ...overrides,
});

export function csrfFrom(html: string): string {
  const match = html.match(/name="_csrf" value="([^"]+)"/);
  if (!match) throw new Error(`no CSRF token in the page:\n${html.slice(0, 300)}`);
  return match[1]!;
}

/** Text as a reader meets it: block elements separated by a space, inline ones run on. */
const stripTags = (html: string) =>
  html
    .replace(
      /<\/?(td|th|tr|li|p|div|h[1-6]|dt|dd|caption|ul|table|thead|tbody|label|legend|br)\b[^>]*>/g,
      ' ',
    )
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The messages listed in the page's GOV.UK error summary. */
export function errorSummary(html: string): string[] {
  const list = html.match(/<ul class="govuk-list govuk-error-summary__list">([\s\S]*?)<\/ul>/);
  return list ? [...list[1]!.matchAll(/<a [^>]*>([\s\S]*?)<\/a>/g)].map((m) => stripTags(m[1]!)) : [];
}

/** The error message shown beside a field (GOV.UK: <p id="{field}-error" class="govuk-error-message">). */
export function fieldError(html: string, field: string): string | undefined {
  const match = html.match(new RegExp(`<p id="${field}-error" class="govuk-error-message">([\\s\\S]*?)</p>`));
  return match ? stripTags(match[1]!).replace(/^Error:\s*/, '') : undefined;
}

/** The page's <h1>, as text. */
export function heading(html: string): string {
  return stripTags(html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '');
}

export function textOf(html: string): string {
  return stripTags(html.replace(/<script[\s\S]*?<\/script>/g, ''));
}
