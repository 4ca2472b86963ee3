import { defineConfig } from 'vitest/config';
import { coreSourceAliases } from './scripts/core-alias.js';

export default defineConfig({
  resolve: { alias: coreSourceAliases },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
