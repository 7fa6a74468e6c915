import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The process boundaries of STYLE.md, made mechanical: shared/ is pure, renderer/ never reaches
// into main/, and only main's shell files may import electron.
// "Now" is an input (DESIGN.md, Time): only shared/clock.ts reads the real clock. Timeouts in
// tests measure with performance.now(), which says nothing about the date.
const wallClockReads = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'Take "now" from a Clock (shared/clock.ts; tests: test/support/clock.ts), not new Date().',
  },
  {
    selector: "CallExpression[callee.name='Date']",
    message: 'Date() reads the wall clock: take "now" from a Clock.',
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'Take "now" from a Clock (shared/clock.ts; tests: test/support/clock.ts), not Date.now().',
  },
];

const nodeBuiltins = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url'],
  message: 'Node built-ins belong in main/.',
};

// An import that leaves its top-level folder goes through the alias (@shared, @main, @renderer:
// tsconfig.base.json, path-aliases.ts), so the boundaries below see every such import by name.
const climbsOut = {
  regex: '^(\\.\\./)+(shared|main|renderer|test)/',
  message: 'Leave your top-level folder through its alias (@shared/…, @main/…, @renderer/…), not ../',
};

// Every SQL statement lives under main/db/ (docs/architecture.md): elsewhere a query is a call to
// a named function there. Tests may query to assert.
const SQL_START = '^\\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|WITH|PRAGMA)\\s';
const sqlOutsideDb = [
  {
    selector: 'CallExpression[callee.property.name=/^(prepare|pragma)$/]',
    message: 'SQL lives in main/db/<domain>/: call a named function there.',
  },
  { selector: `Literal[value=/${SQL_START}/]`, message: 'SQL lives in main/db/<domain>/.' },
  { selector: `TemplateElement[value.raw=/${SQL_START}/]`, message: 'SQL lives in main/db/<domain>/.' },
];

// Inside main/db/ too, one way to prepare a statement: prepared() caches it and logs it when slow.
const onePrepare = [
  {
    selector: "CallExpression[callee.property.name='prepare']",
    message: 'Use prepared(db, sql) from main/db/statements.ts: cached, and timed for the slow-query log.',
  },
];

// Only main/db/ opens connections; elsewhere better-sqlite3 is a type (Database) at most.
const sqliteValue = {
  name: 'better-sqlite3',
  allowTypeImports: true,
  message: 'Only main/db/ opens SQLite; import its Database type with "import type".',
};

// One no-restricted-imports per group of files (a later config object would replace, not add to,
// an earlier one's list for the same file).
function importRules(files, base, { ignores = [], paths = [], patterns = [] } = {}) {
  return {
    files: [files].flat(),
    ignores,
    rules: { 'no-restricted-imports': ['error', { paths, patterns: [...base, ...patterns] }] },
  };
}

const SHELL = ['main/index.ts', 'main/window.ts', 'main/menu.ts', 'main/preload/**'];
const RENDERER_FLOORS = ['ui', 'forms', 'hooks', 'lib', 'i18n'];
const RENDERER_DOMAINS = 'proposals|profiles|dashboard|insights|health|money|imports|export|backup|settings|data';

const rendererImports = [
  nodeBuiltins,
  climbsOut,
  { group: ['electron', '**/main/**', '@main/*'], message: 'The renderer talks to main only through window.bidwell.' },
];

const mainImports = [
  climbsOut,
  { group: ['**/renderer/**', '@renderer/*'], message: 'Main talks to the renderer only through IPC.' },
  {
    group: ['electron'],
    message: 'Keep electron in the shell files (index, window, menu) so the rest runs under Node in tests.',
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    ignores: ['shared/clock.ts'],
    rules: { 'no-restricted-syntax': ['error', ...wallClockReads] },
  },
  {
    files: ['main/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: ['main/db/**', 'shared/clock.ts'],
    rules: { 'no-restricted-syntax': ['error', ...wallClockReads, ...sqlOutsideDb] },
  },
  {
    files: ['main/db/**/*.ts'],
    ignores: ['main/db/statements.ts', 'main/db/migrations/**'],
    rules: { 'no-restricted-syntax': ['error', ...wallClockReads, ...onePrepare] },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            climbsOut,
            { group: ['electron'], message: 'shared/ runs on both sides: no electron.' },
            {
              group: ['react', 'react-dom', '**/renderer/**', '**/main/**', '@renderer/*', '@main/*'],
              message: 'shared/ imports only shared/ and pure libraries.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  importRules('renderer/src/*/**/*.{ts,tsx}', rendererImports, {
    ignores: RENDERER_FLOORS.map((floor) => `renderer/src/${floor}/**`),
    patterns: [{ regex: '^\\.\\./app/', message: 'A domain does not reach up into the app shell.' }],
  }),
  importRules(
    RENDERER_FLOORS.map((floor) => `renderer/src/${floor}/**/*.{ts,tsx}`),
    rendererImports,
    {
      patterns: [
        {
          regex: `^\\.\\./(${RENDERER_DOMAINS}|app)/`,
          message: 'ui/, forms/, hooks/ and lib/ serve every domain: they import none.',
        },
      ],
    },
  ),
  importRules('renderer/src/*.{ts,tsx}', rendererImports),
  // main, floor by floor (docs/architecture.md): the shell, then session and ipc, then the domains,
  // then db/, then core/. Relative imports may only go down.
  importRules('main/**/*.ts', mainImports, {
    ignores: [...SHELL, 'main/db/**', 'main/core/**'],
    paths: [sqliteValue],
    patterns: [
      { regex: '^\\.\\./(ipc|session)(/|$)', message: 'A domain does not reach up into the IPC table or the session.' },
    ],
  }),
  importRules('main/core/**/*.ts', mainImports, {
    paths: [sqliteValue],
    patterns: [{ regex: '^\\.\\./', message: 'core/ is the floor of main: it imports only shared/ and itself.' }],
  }),
  importRules('main/db/*.ts', mainImports, {
    patterns: [{ regex: '^\\.\\./(?!core/)', message: 'db/ imports only core/ (and shared/) from the rest of main.' }],
  }),
  importRules('main/db/*/**/*.ts', mainImports, {
    patterns: [
      { regex: '^\\.\\./\\.\\./(?!core/)', message: 'db/ imports only core/ (and shared/) from the rest of main.' },
    ],
  }),
  importRules(SHELL, [climbsOut], { paths: [sqliteValue] }),
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [climbsOut] }] },
  },
  {
    files: ['test/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
