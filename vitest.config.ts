import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The statistical batteries are CPU-bound and few: use both cores (the default leaves one idle here).
    maxWorkers: 2,
    // machi takes its default language from the locale (LC_ALL, LC_MESSAGES, LANG); with none set it is
    // ja, what the tests that start machi as a process expect whatever the machine's locale.
    env: { LC_ALL: '', LC_MESSAGES: '', LANG: '' },
    globalSetup: ['tests/out-folder-guard.ts'],
  },
});
