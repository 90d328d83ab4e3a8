// Lint config. The layer table in docs/architecture.md is enforced here:
// domain/ is pure, server/ never reaches into app/, routes go through use cases,
// and browser code never imports the server. tests/unit/layer-rules.test.ts
// lints fixtures as if they sat in each layer to prove the rules bite.
import tseslint from 'typescript-eslint'

const pattern = (regex, message) => ({ regex, message })

const domainImports = [
  pattern(
    '^(node:|fs$|path$|crypto$|http$|https$|os$|child_process$|stream$)',
    'domain/ is pure: no Node built-ins.',
  ),
  pattern('^(react|react-dom|react-router)(/|$)', 'domain/ is pure: no UI.'),
  pattern(
    '^(drizzle-orm|pg|@electric-sql/.*|pg-boss|better-auth|@better-auth/.*|nodemailer|pino|zod)(/|$)',
    'domain/ is pure: no I/O or validation libraries.',
  ),
  pattern('^#(app|server|tests)/|(^|/)(app|server|tests)/', 'domain/ imports only other domain/ files.'),
  // Words and other reviewed data live in content/ (e.g. content/messages); the
  // domain may read its JSON, never run code from there.
  pattern('^#content/(?!.*\\.json$)', 'domain/ imports only JSON data from content/.'),
]

// app/ composes: it never holds the database handle, a case key or a row.
// Cases are reached through the handle (app/case.server.ts → server/cases/open-case.ts).
const appImports = [
  pattern(
    '^#server/(db|stores)/|(^|/)server/(db|stores)/',
    'app/ goes through the case handle and use cases, never the database or the stores.',
  ),
  pattern(
    '^#server/cases/(case-vault|case-context)\\.ts$|(^|/)server/cases/(case-vault|case-context)\\.ts$',
    'Case keys and rows stay in server/: open the case with requireCase().',
  ),
  {
    regex: '^#server/|(^|/)server/',
    importNames: [
      'Db',
      'Database',
      'CaseKey',
      'CaseRow',
      'MemberRow',
      'ShareRow',
      'DocumentRow',
      'CaseContext',
    ],
    message: 'app/ must not hold the database handle, a case key or a row type.',
  },
]

const appSyntax = [
  {
    selector: 'MemberExpression[property.name=/^(database|db|masterKey|wrappedKey)$/]',
    message: 'app/ must not reach the database handle or keys: go through the case handle or a use case.',
  },
  {
    selector:
      'TSQualifiedName[right.name=/^\\$infer(Select|Insert)$/], MemberExpression[property.name=/^\\$infer/]',
    message: 'Row types stay in server/: routes see read models.',
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
    },
  },
  {
    files: ['domain/**/*.ts'],
    ignores: ['domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: domainImports }],
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
        {
          patterns: [
            pattern('^#app/|(^|/)app/', 'server/ must not import app/.'),
            // ADR 0056: a rebuilt listing without a purge leaves cached pages showing the old one.
            pattern(
              '(^|/)refresh-listings(\\.ts)?$',
              'Call publishListingChange (server/catalogue/listing-changed.ts): it rebuilds the search rows and purges every instance.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['server/catalogue/listing-changed.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [pattern('^#app/|(^|/)app/', 'server/ must not import app/.')] },
      ],
    },
  },
  {
    files: ['app/**/*.ts', 'app/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: appImports }],
      'no-restricted-syntax': ['error', ...appSyntax],
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
            ...appImports,
            pattern('^#server/|(^|/)server/', 'Browser code must not import the server.'),
          ],
        },
      ],
    },
  },
)
