import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { contentModules } from './content/plugin';

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/countReporter.ts'],
    projects: [
      {
        plugins: [WxtVitest(), preact(), contentModules()],
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          setupFiles: ['tests/setup.ts'],
          restoreMocks: true,
          // Both cores: these run before any browser starts (groupOrder), and Vitest's default on a
          // 2-core machine is one worker. Threads start faster than forks; no test here needs a process
          // of its own. Together they take this project from about 105 s to about 65 s.
          pool: 'threads',
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
          // No unit test waits on time: the limit only catches a hang. Tests that compile every topic
          // and helpline file (72 topics now) took 5.8-9 s at a load average of about 10, past the 5 s
          // default, while nothing was wrong.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/firefox/**'],
          // One Chromium at a time on a 2-core machine, and only after the unit tests have finished:
          // a browser sharing its two cores with jsdom workers is slow in ways that time out at random.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          // Polls wait for real conditions (a new tab Playwright has attached to, a stored key); with
          // the default 1 s, one failed at a load average of about 8 on 2 cores (as in the Firefox project).
          expect: { poll: { timeout: 15_000 } },
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
      {
        test: {
          name: 'firefox',
          environment: 'node',
          include: ['tests/e2e/firefox/**/*.test.ts'],
          // After the Chromium project, never beside it: one browser at a time on 2 cores.
          sequence: { groupOrder: 2 },
          fileParallelism: false,
          // Polls wait for real conditions; on a busy 2-core machine some take longer than 5 s.
          expect: { poll: { timeout: 15_000 } },
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
