import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase, type TestDatabase } from '../helpers/db';

const ROOT = path.resolve(__dirname, '../..');

/** Starts the real server (as `npm start` does) on a fresh database and waits for its welcome text. */
function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['src/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    child.stdout!.on('data', () => {
      if (/Demo mode[\s\S]*admin\s+hcfl_/.test(output)) {
        clearTimeout(timer);
        resolve({ child, output: () => output });
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

describe('npm start', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createEmptyDatabase();
  });
  afterAll(() => database.destroy());

  it('migrates, prints one working demo token per role, serves, and stops cleanly on SIGTERM', async () => {
    const { child, output } = await startServer(database.env);
    const baseUrl = output().match(/on (http:\/\/localhost:\d+)/)![1]!;
    const tokens = Object.fromEntries(
      [...output().matchAll(/^\s+(officer|commissioner|admin|provider)\s+(hcfl_\S+)/gm)].map((m) => [
        m[1],
        m[2],
      ]),
    );
    expect(Object.keys(tokens)).toEqual(expect.arrayContaining(['officer', 'commissioner', 'admin']));

    expect((await fetch(`${baseUrl}/health`)).status).toBe(200);
    for (const [role, token] of Object.entries(tokens)) {
      const me = await fetch(`${baseUrl}/me`, { headers: { Authorization: `Bearer ${token}` } });
      expect(me.status, role).toBe(200);
      expect(((await me.json()) as { role: string }).role).toBe(role);
    }

    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output()).toContain('"msg":"stopped"');
  });
});
