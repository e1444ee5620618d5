import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'geo/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
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
