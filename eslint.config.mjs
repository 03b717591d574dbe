// ESLint for Vetted (flat config, after Payload's templates/website): typescript-eslint, import order by
// perfectionist, React hooks rules for the admin components, and the boundaries of DESIGN.md as import rules.
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import perfectionist from 'eslint-plugin-perfectionist'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/** Imports a part of the house may not make: each names the boundary it keeps. */
const boundary = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
})

const httpOrAdmin = [
  {
    group: ['express', 'express/*', 'node:http', 'http'],
    message: 'Workflow rules know no HTTP: return data or throw a Payload error.',
  },
  {
    group: [
      'next',
      'next/*',
      '@payloadcms/next',
      '@payloadcms/next/*',
      '@payloadcms/ui',
      '@payloadcms/ui/*',
      'react',
      'react-dom',
    ],
    message: 'Workflow rules know no admin UI.',
  },
  {
    group: ['**/delivery/**', '**/http/**', '**/components/**', '**/app/**'],
    message: 'Workflow rules must not depend on delivery, HTTP or the admin.',
  },
]
const nextOrAdmin = [
  {
    group: [
      'next',
      'next/*',
      '@payloadcms/next',
      '@payloadcms/next/*',
      '@payloadcms/ui',
      '@payloadcms/ui/*',
      'react',
      'react-dom',
    ],
    message: 'Delivery runs without Next: delivery-only instances never load the admin.',
  },
  { group: ['**/components/**', '**/app/**'], message: 'Delivery runs without the admin.' },
]

// Clinic keys are a collection's own business (issued from its endpoint); everything else of /v1 is delivery's.
const deliveryLayer = [
  {
    group: [
      '**/delivery/authenticate',
      '**/delivery/delivery',
      '**/delivery/health',
      '**/delivery/params',
      '**/delivery/problem',
      '**/delivery/publicOrigin',
      '**/delivery/rateLimit',
      '**/delivery/route',
      '**/delivery/router',
      '**/delivery/serveCachedHit',
      '**/delivery/cache/*',
      '**/delivery/openapi/*',
      '**/delivery/queries/*',
      '**/delivery/render/*',
      '**/delivery/routes/*',
      '**/delivery/serializers/*',
    ],
    message: 'Collections know no delivery: what /v1 reads declares itself in src/delivery/queries/deliveredFields.',
  },
]

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      'examples/*/.next/**',
      'examples/*/next-env.d.ts',
      'dist/**',
      'node_modules/**',
      'data/**',
      'media/**',
      'coverage/**',
      'src/payload-types.ts',
      'packages/client/src/schema.ts',
      'packages/client/dist/**',
      'src/migrations/**',
      'src/app/(payload)/admin/importMap.js',
      'next-env.d.ts',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    plugins: { perfectionist },
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'separate-type-imports', prefer: 'type-imports' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true, varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'perfectionist/sort-imports': ['error', { newlinesBetween: 1, type: 'natural' }],
      'perfectionist/sort-named-imports': ['error', { type: 'natural' }],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  { files: ['src/workflow/**'], rules: boundary(...httpOrAdmin) },
  { files: ['src/delivery/**'], rules: boundary(...nextOrAdmin) },
  { files: ['collections/**'], rules: boundary(...deliveryLayer) },
  {
    // Command-line programs talk to their user on the terminal.
    files: [
      'bench/**',
      'scripts/**',
      'src/seed/run.ts',
      'src/seed/printDemoUsers.ts',
      'src/import/cli/run.ts',
      'src/import/cli/formatSummary.ts',
    ],
    rules: { 'no-console': 'off' },
  },
  prettier,
)
