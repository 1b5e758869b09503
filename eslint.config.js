import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.local/**',
      '.nx/**',
      'coverage/**',
      'services/*/src/openapi.metadata.ts',
      'services/portal/src/api/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A promise nobody awaits around a Kafka handler loses errors (and offsets) silently.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Services import libs only; libs never import services; contracts import no project at all.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          enforceBuildableLibDependency: false,
          depConstraints: [
            // The programme definition depends on nothing; everything else may read it.
            { sourceTag: 'type:programme', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:programme'] },
            {
              sourceTag: 'type:lib',
              onlyDependOnLibsWithTags: ['type:lib', 'type:contracts', 'type:programme'],
            },
            {
              sourceTag: 'type:tooling',
              onlyDependOnLibsWithTags: ['type:lib', 'type:contracts', 'type:programme'],
            },
            {
              sourceTag: 'type:testing',
              onlyDependOnLibsWithTags: ['type:lib', 'type:contracts', 'type:programme', 'type:tooling'],
            },
            {
              sourceTag: 'type:service',
              onlyDependOnLibsWithTags: ['type:lib', 'type:contracts', 'type:programme', 'type:testing'],
            },
            // The portal (browser code) may use the dependency-free parts of the libs, never a service.
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:lib', 'type:contracts', 'type:programme'],
            },
            {
              sourceTag: 'type:e2e',
              onlyDependOnLibsWithTags: [
                'type:service',
                'type:lib',
                'type:contracts',
                'type:programme',
                'type:testing',
              ],
            },
          ],
        },
      ],
      // Settings come from the environment in config files only, where they are validated.
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read process.env in a *.config.ts file, where settings are validated.',
        },
      ],
    },
  },
  {
    // Test helpers read what the global setup put in the environment; the launcher passes it to children.
    files: [
      '**/*.config.ts',
      'libs/testing/**/*.ts',
      'bench/**/*.ts',
      'deploy/local/src/**/*.ts',
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      '**/*.testing.ts',
      'e2e/**/*.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Production code never imports the test helpers (the tag rule allows it for the services' tests).
    files: ['services/**/*.ts', 'libs/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.testing.ts', 'libs/testing/**'],
    rules: { 'no-restricted-imports': ['error', { paths: ['@ikiraro/testing'] }] },
  },
  {
    // End-to-end journeys are cross-service by definition: they boot several services' AppModules.
    files: ['e2e/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  prettier,
);
