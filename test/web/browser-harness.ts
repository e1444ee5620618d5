import fs from 'node:fs';
import { createRequire } from 'node:module';
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pino } from 'pino';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { createApp } from '../../src/app';
import type { Role } from '../../src/auth/roles';
import { systemClock } from '../../src/clock';
import type { Config } from '../../src/config';
import { buildServices, type Services } from '../../src/services';
import { buildWebUser } from '../factories';
import { testConfig } from '../helpers/context';
import { createMigratedDatabase, type TestDatabase } from '../helpers/db';

const require = createRequire(import.meta.url);

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts/web');

/**
 * Browser tests run when Debian's Chromium is installed (CI installs it: .ci/run). Elsewhere they
 * are skipped with a message, unless WEB_BROWSER_TESTS=required, when a missing browser fails.
 */
export function browserAvailable(): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  const message = `Browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium).`;
  if (process.env.WEB_BROWSER_TESTS === 'required') throw new Error(message);
  process.stderr.write(`\n${message}\n`);
  return false;
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  // Playwright gives each launch a fresh temporary --user-data-dir of its own.
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface RunningApp {
  baseUrl: string;
  services: Services;
  database: TestDatabase;
  stop(): Promise<void>;
}

/**
 * The real app on an ephemeral loopback port, on a fresh database, with the system clock. `config`
 * may depend on the app's own address (a single sign-on redirect URL), known once it listens.
 */
export async function startApp(
  options: { config?: (baseUrl: string) => Promise<Partial<Config>> } = {},
): Promise<RunningApp> {
  const database = await createMigratedDatabase();
  const server: Server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const services = buildServices({
    db: database.db,
    config: testConfig(await options.config?.(baseUrl)),
    clock: systemClock,
    logger: pino({ level: 'silent' }),
  });
  server.on('request', createApp(services));
  return {
    baseUrl,
    services,
    database,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await database.destroy();
    },
  };
}

/** A user who signs in through the form; a provider's is its organisation's administrator. */
export async function browserUser(app: RunningApp, role: Role, providerId?: number) {
  return buildWebUser(app.services.db, { role, providerId, providerAdmin: role === 'provider' }, Date.now());
}

/**
 * A browser context that may reach only the app (and `alsoAllowed` origins, such as a test identity
 * provider): any other request is aborted and recorded, and every console error (a CSP violation, a
 * failed script) is recorded too.
 */
export async function isolatedContext(
  browser: Browser,
  baseUrl: string,
  alsoAllowed: readonly string[] = [],
) {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const blocked: string[] = [];
  const consoleErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if ([baseUrl, ...alsoAllowed].some((allowed) => url.startsWith(allowed))) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  context.on('page', (page) => watchConsole(page, consoleErrors));
  return { context, blocked, consoleErrors };
}

function watchConsole(page: Page, errors: string[]) {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
}

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core in the page (evaluated through the DevTools protocol, so the page's own CSP still
 * applies to everything else) and returns the serious and critical violations, described.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(
    'axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations)',
  )) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** A journey's screenshots: its own folder under test-artifacts/web/, and the files taken so far. */
export interface Shots {
  dir: string;
  files: string[];
}

/** An empty folder for a journey's screenshots (emptied, so that it holds only this run's). */
export function shotsFor(journey: string): Shots {
  const dir = path.join(ARTIFACTS, journey);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return { dir, files: [] };
}

function nextShot(shots: Shots, name: string): string {
  const file = path.join(shots.dir, `${String(shots.files.length + 1).padStart(2, '0')}-${name}.png`);
  shots.files.push(file);
  return file;
}

/** A screenshot of one element (a map, say), numbered with the rest of the journey's. */
export async function screenshotOf(locator: Locator, name: string, shots: Shots): Promise<void> {
  await locator.screenshot({ path: nextShot(shots, name) });
}

/** A full-page screenshot, numbered in the order taken. */
export async function screenshot(page: Page, name: string, shots: Shots): Promise<void> {
  await page.screenshot({ path: nextShot(shots, name), fullPage: true });
}
