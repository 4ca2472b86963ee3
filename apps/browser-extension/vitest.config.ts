import { defineConfig } from 'vitest/config';
import { alias } from './vite.shared.mjs';

export default defineConfig({
  resolve: { alias },
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
