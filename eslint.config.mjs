// ESLint, flat config: Next's rules (React, hooks, core web vitals), typescript-eslint's recommended
// set, jsx-a11y's recommended set, and Prettier's switch-off of the rules it owns (formatting is
// Prettier's job: `npm run format`). Run by `npm test` first: `npm run lint`.
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'
import prettier from 'eslint-config-prettier/flat'
import jsxA11y from 'eslint-plugin-jsx-a11y'

const config = [
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'data/**',
      'media/**',
      'payload-types.ts',
      'app/(payload)/admin/importMap.js',
      'next-env.d.ts',
      'bench/results/**',
    ],
  },
  ...nextVitals,
  ...nextTypescript,
  // Next's config registers the jsx-a11y plugin with a few rules; this turns on the whole recommended set.
  { files: ['**/*.{js,jsx,mjs,ts,tsx,mts,cts}'], rules: jsxA11y.flatConfigs.recommended.rules },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    // Written by `payload migrate:create`: kept as generated.
    files: ['migrations/**'],
    rules: { '@typescript-eslint/no-unused-vars': 'off', '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // Admin links go to Payload's own routes, outside the site's pages.
    files: ['components/admin/**'],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    // Tool configuration files export their object directly, as their tools document.
    files: ['*.config.{js,mjs,ts}'],
    rules: { 'import/no-anonymous-default-export': 'off' },
  },
  {
    // Command-line scripts in plain JavaScript run on Node.
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
]

export default config
