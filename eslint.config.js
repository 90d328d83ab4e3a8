// Lint config. The layer table in docs/architecture.md is enforced here:
// domain/ is pure, server/ never reaches into app/, routes go through use cases,
// and browser code never imports the server. A fixture under tests/fixtures/lint
// proves the domain rule fails the build (tests/unit/layer-rules.test.ts).
import tseslint from 'typescript-eslint'

const impureForDomain = [
  {
    group: ['node:*', 'fs', 'path', 'crypto', 'http', 'https', 'os', 'child_process', 'stream'],
    message: 'domain/ is pure: no Node built-ins.',
  },
  {
    group: ['react', 'react-dom', 'react-router', 'react/*', 'react-dom/*'],
    message: 'domain/ is pure: no UI.',
  },
  {
    group: [
      'drizzle-orm',
      'drizzle-orm/*',
      'pg',
      '@electric-sql/*',
      'pg-boss',
      'better-auth',
      'better-auth/*',
      'nodemailer',
      'pino',
      'zod',
      'zod/*',
    ],
    message: 'domain/ is pure: no I/O or validation libraries.',
  },
  {
    group: ['#app/*', '#server/*', '#tests/*', '**/app/**', '**/server/**', '**/tests/**'],
    message: 'domain/ imports only other domain/ files.',
  },
]

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'build/**',
      'data/**',
      '.react-router/**',
      'server/db/migrations/**',
      'tests/fixtures/**',
      'bench/results/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['domain/**/*.ts'],
    ignores: ['domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: impureForDomain }],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Take `now` as an argument.' },
        { object: 'Math', property: 'random', message: 'Take randomness as an argument.' },
        { object: 'process', message: 'domain/ does not read the environment.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Take `now` as an argument.',
        },
        { selector: "CallExpression[callee.name='fetch']", message: 'domain/ does no I/O.' },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['#app/*', '**/app/**'], message: 'server/ must not import app/.' }] },
      ],
    },
  },
  {
    files: ['app/routes/**/*.ts', 'app/routes/**/*.tsx', 'app/**/*.server.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['#server/db/*', '#server/stores/*', '**/server/db/**', '**/server/stores/**'],
              message: 'Routes go through server/use-cases, not the database.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['app/components/**/*.tsx', 'app/components/**/*.ts', 'app/lib/**/*.ts', 'app/lib/**/*.tsx'],
    ignores: ['app/**/*.server.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['#server/*', '**/server/**'], message: 'Browser code must not import the server.' },
          ],
        },
      ],
    },
  },
)
