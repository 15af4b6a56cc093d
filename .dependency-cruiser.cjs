/**
 * The layers of src/ and the import directions between them (an arrow points at what is
 * imported): lib <- i18n <- data <- view <- charts <- controls <- views <- app, with import
 * (a reader's own files) beside view and export (the Download panel) loaded on first use.
 * `npm run lint` runs it; tests/unit/build/layers.test.ts shows each rule catching a wrong import.
 */
const above = (...layers) => `^src/(${layers.join('|')})/`

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'lib-stands-alone',
      comment: 'src/lib holds helpers with no domain words: it imports nothing else of the app.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/', pathNot: '^src/lib/' },
    },
    {
      name: 'i18n-below-everything',
      comment: 'The words and formats import only lib: never the view state, the data or a view.',
      severity: 'error',
      from: { path: '^src/i18n/' },
      to: { path: '^src/', pathNot: '^src/(i18n|lib)/' },
    },
    {
      name: 'data-makes-no-sentences',
      comment:
        'The data layer returns values and codes (a Said: message key and values); words are made where they are shown. It may name a message key (a type), never call t().',
      severity: 'error',
      from: { path: '^src/data/' },
      to: { path: '^src/i18n/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'data-below-the-page',
      comment:
        'The data layer imports only lib (and i18n types): nothing that draws or reads the URL.',
      severity: 'error',
      from: { path: '^src/data/' },
      to: { path: above('view', 'import', 'charts', 'controls', 'views', 'export', 'app') },
    },
    {
      name: 'import-below-the-page',
      comment: "A reader's own data is read with lib, data and words: nothing that draws.",
      severity: 'error',
      from: { path: '^src/import/' },
      to: { path: above('view', 'charts', 'controls', 'views', 'export', 'app') },
    },
    {
      name: 'view-state-below-drawing',
      comment: 'The URL state (src/view) knows data and words, not the charts, controls or views.',
      severity: 'error',
      from: { path: '^src/view/' },
      to: { path: above('import', 'charts', 'controls', 'views', 'export', 'app') },
    },
    {
      name: 'charts-below-controls',
      comment:
        'Shared chart parts draw what they are given; the page hands them the Download menu (ChartContext).',
      severity: 'error',
      from: { path: '^src/charts/' },
      to: { path: above('import', 'controls', 'views', 'export', 'app') },
    },
    {
      name: 'controls-below-views',
      comment: 'Shared controls know nothing of a particular view or of the page.',
      severity: 'error',
      from: { path: '^src/controls/' },
      to: { path: above('views', 'app') },
    },
    {
      name: 'export-on-first-use',
      comment:
        'src/export loads when a reader opens Download: only a dynamic import() may reach it, and the types a view hands to it live in src/charts/exportSpec.ts.',
      severity: 'error',
      from: { pathNot: '^src/export/' },
      to: { path: '^src/export/', dynamic: false },
    },
    {
      name: 'export-below-the-page',
      comment: 'The export draws from the spec a view hands it, not from a view or the page.',
      severity: 'error',
      from: { path: '^src/export/' },
      to: { path: above('views', 'app') },
    },
    {
      name: 'one-home-per-view',
      comment:
        "A view's folder imports no other view's folder: what two views share goes to src/charts, src/controls, src/data or src/views/*.tsx.",
      severity: 'error',
      from: { path: '^src/views/([^/]+)/' },
      to: { path: '^src/views/[^/]+/', pathNot: '^src/views/$1/' },
    },
    {
      name: 'views-reach-the-registry-through-the-page',
      comment:
        'The registry (src/views/index.ts) loads the views; a view importing it would be a cycle.',
      severity: 'error',
      from: { path: '^src/views/[^/]+/' },
      to: { path: '^src/views/index\\.ts$' },
    },
    {
      name: 'views-below-app',
      comment: 'Views get what they need as props and context from the page (src/app).',
      severity: 'error',
      from: { path: '^src/views/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'no-circular',
      comment: 'Modules that import each other cannot be read, tested or loaded apart.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to no file.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
}
