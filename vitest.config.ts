import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'geo/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A page a browser test waits for (a form posted, then the redirect's page) can take longer than
    // expect.poll's default second on a loaded 2-core CI machine; what it waits for still has to appear.
    expect: { poll: { timeout: 10_000 } },
    // Two cores, three workers: test files spend much of their time waiting on Chromium, SQLite's
    // worker thread or PostgreSQL, so a third keeps both cores busy. Each file gets its own database.
    maxWorkers: 3,
    // Files share their worker's loaded modules instead of importing the app afresh each time (most of
    // a file's time was import). Safe here: no test mocks modules or changes process-wide state.
    isolate: false,
    setupFiles: ['test/setup.ts'],
    globalSetup: ['test/global-setup.ts'],
  },
});
