import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Three tiers (../shared/STYLE.md): unit beside the code, integration and browser tests in test/.
// Integration and e2e need the real Neo4j (npm test starts it) and, for e2e, the built client.
export default defineConfig({
  // Node loads graphql's CommonJS build for Nest; the tests must share that one instance.
  // The shared package runs from its TypeScript source (its dist/ is only for the built server).
  resolve: {
    alias: [
      { find: /^graphql$/, replacement: require.resolve('graphql') },
      { find: /^@opspor\/contract$/, replacement: fileURLToPath(new URL('./packages/contract/src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.spec.ts',
            'server/src/**/*.spec.ts',
            'seed/src/**/*.spec.ts',
            'client/src/**/*.spec.ts',
            'test/unit/**/*.test.ts',
          ],
          environment: 'node',
          // the client's messages as the signed-in app formats them (ICU loaded; see client/src/i18n/i18n.tsx)
          setupFiles: ['client/src/i18n/test-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
