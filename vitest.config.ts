import { defineConfig } from 'vitest/config';
import { methodNamesModule } from './scripts/method-names.ts';

export default defineConfig({
  // The preload's method names (src-preload/index.ts), as the build makes them.
  plugins: [methodNamesModule()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    globalSetup: ['tests/unit/support/build-cli.ts'],
  },
});
