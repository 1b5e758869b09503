// One jest run for the whole repository: one real Kafka and one database (libs/testing), shared by every test
// file, each file isolated by its own database names and topic prefix.
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'es6' },
};

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  moduleNameMapper: {
    '^@ikiraro/(auth|mail|persistence|contracts|messaging|observability|programme|service-defaults|testing)$':
      '<rootDir>/libs/$1/src/index.ts',
    '^@ikiraro/auth/policy$': '<rootDir>/libs/auth/src/policy.ts',
    '^content-disposition$': '<rootDir>/libs/testing/src/esm-only/content-disposition.cjs',
    '^@ikiraro/local-infra$': '<rootDir>/deploy/local/src/index.ts',
  },
  testMatch: [
    '<rootDir>/{libs,services,deploy}/*/src/**/*.{spec,int-spec}.ts',
    '<rootDir>/{deploy/local/src,e2e}/**/*.{spec,int-spec,e2e-spec}.ts',
  ],
  globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
  setupFiles: ['<rootDir>/libs/testing/src/isolate-test-file.ts'],
  setupFilesAfterEnv: ['<rootDir>/libs/testing/src/after-test-file.ts'],
  testTimeout: 60_000,
  // Two cores: the broker, the database and the services under test share them with jest.
  maxWorkers: 2,
};
