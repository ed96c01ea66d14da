// Jest through Next's own SWC transform (next/jest), which loads Payload's ESM packages.
// Projects: unit (pure functions), int (Payload's Local API on a temporary database), components (jsdom),
// e2e (Chromium against the production build; run through scripts/e2e.mjs, which starts the server).
import nextJest from 'next/jest.js'

const createJestConfig = nextJest({ dir: './' })

const common = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '^@/(.*)$': '<rootDir>/$1',
  },
  testPathIgnorePatterns: ['/node_modules/', '/.next/'],
  // Plain .mjs modules (the cache handler's, which Next loads untransformed) are loaded as they are.
  transformIgnorePatterns: ['\\.mjs$'],
}

const project = (options) => createJestConfig({ ...common, ...options })()

export default {
  forceExit: true,
  testSequencer: '<rootDir>/tests/sequencer.cjs',
  // Integration files start Payload and seed a database: seconds, not milliseconds.
  testTimeout: 60_000,
  projects: await Promise.all([
    project({ displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] }),
    project({
      displayName: 'int',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/int/**/*.test.ts'],
      setupFiles: ['<rootDir>/tests/int/testDatabase.ts'],
    }),
    project({
      displayName: 'components',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/components/**/*.test.tsx'],
    }),
    // Browser suites against a production server that scripts/e2e.mjs starts (npm run test:e2e).
    project({
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/e2e/timeouts.ts'],
    }),
  ]),
}
