/**
 * The architecture's import rules, checked by `npm run lint:deps`:
 *
 *   contract/  the data contract between generator and site; may import lib/ only
 *   lib/       tiny generic helpers; import nothing from the project
 *   generator/ writes docs/ from source/; may import contract/ and lib/
 *   src/       the site; may import contract/ and lib/ (and the generated docs/ data)
 *   deploy/    the host's configuration and the post-build step that prepares build/ for it; may import contract/ and lib/
 *   tooling/   development tooling, never shipped; may import anything
 *   test/      may import anything
 *
 * Webpack aliases that only exist while Docusaurus bundles the site (@theme/*,
 * @docusaurus/Link, the plugins' @sre-* chunks, ...) cannot be resolved here;
 * WEBPACK_ALIASES lists them so that every other unresolvable import is an error.
 */

/** @docusaurus/<name> client modules: node_modules/@docusaurus/core/lib/client/exports/. */
const DOCUSAURUS_CLIENT_EXPORTS = [
  'BrowserOnly',
  'ComponentCreator',
  'ErrorBoundary',
  'ExecutionEnvironment',
  'Head',
  'Interpolate',
  'Link',
  'Noop',
  'Translate',
  'constants',
  'isInternalUrl',
  'renderRoutes',
  'router',
  'useBaseUrl',
  'useBrokenLinks',
  'useDocusaurusContext',
  'useGlobalData',
  'useIsBrowser',
  'useIsomorphicLayoutEffect',
  'useRouteContext',
];

const WEBPACK_ALIASES = [
  '^@theme(-original|-init)?/',
  '^@generated/',
  // The search, quiz and study-data plugins alias their generated modules in configureWebpack.
  '^@sre-(search|quiz|study)/',
  `^@docusaurus/(${DOCUSAURUS_CLIENT_EXPORTS.join('|')})$`,
];

const SHIPPED = ['^src/', '^contract/', '^lib/', '^generator/', '^docusaurus\\.config\\.ts$', '^sidebars\\.ts$'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'plugin-server-imports-client',
      comment:
        "A plugin's server/ code runs in Node at build time and its client/ code in the browser bundle: server importing client drags React components into Node (or fails there). Share code through the plugin's shared/ folder.",
      severity: 'error',
      from: { path: ['^src/server/', '^src/.+/server/'] },
      to: { path: ['^src/client/', '^src/.+/client/'] },
    },
    {
      name: 'plugin-client-imports-server',
      comment:
        "A plugin's client/ code is bundled for the browser: importing server/ code would ship Node-only modules (fs, satori, ...) to readers or break the bundle. Share code through the plugin's shared/ folder.",
      severity: 'error',
      from: { path: ['^src/client/', '^src/.+/client/'] },
      to: { path: ['^src/server/', '^src/.+/server/'] },
    },
    {
      name: 'site-imports-generator-or-tooling',
      comment: 'The site reads what the generator wrote through contract/ only; importing generator/ couples the two pipelines, and tooling/ is never shipped.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(generator|tooling)/' },
    },
    {
      name: 'generator-imports-site-or-tooling',
      comment: 'The generator must run without the site or the development tooling: what they share lives in contract/ and lib/.',
      severity: 'error',
      from: { path: '^generator/' },
      to: { path: '^(src|tooling)/' },
    },
    {
      name: 'contract-imports-beyond-lib',
      comment: 'contract/ is the one definition both sides depend on, so it may depend on nothing project-specific except the generic helpers in lib/.',
      severity: 'error',
      from: { path: '^contract/' },
      to: { pathNot: ['^(contract|lib)/', '^node_modules/'], dependencyTypesNot: ['core'] },
    },
    {
      name: 'lib-imports-project',
      comment: 'lib/ holds generic helpers that any part may use, so it imports nothing from the project but itself.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { pathNot: ['^lib/', '^node_modules/'], dependencyTypesNot: ['core'] },
    },
    {
      name: 'shipped-imports-tooling-or-test',
      comment: 'tooling/ and test/ are development-only: shipped code that imports them breaks (or bloats) the site and the generator.',
      severity: 'error',
      from: { path: SHIPPED },
      to: { path: '^(tooling|test)/' },
    },
    {
      name: 'deploy-imports-beyond-contract',
      comment:
        'The post-build step runs on a deploy machine after the site is built: it reads build/ and the URL rules in contract/, never the site, generator or tooling.',
      severity: 'error',
      from: { path: '^deploy/' },
      to: { path: '^(src|generator|tooling|test)/' },
    },
    {
      name: 'shipped-imports-deploy',
      comment: 'deploy/ prepares a finished build for a host; the site and the generator must not depend on how they are hosted.',
      severity: 'error',
      from: { path: SHIPPED },
      to: { path: '^deploy/' },
    },
    {
      name: 'no-circular',
      comment: 'A cycle makes module initialisation order matter and means two modules are really one; split out what both need.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-docusaurus-internal',
      comment: "Docusaurus's */internal entry points are not public API and change without notice in minor releases.",
      severity: 'error',
      from: {},
      to: { path: '@docusaurus/[^/]+/(lib/)?internal(\\.js)?$' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing fails at run time (or only in the bundle); webpack aliases are listed in WEBPACK_ALIASES.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: WEBPACK_ALIASES },
    },
  ],
  options: {
    // test/fixtures/architecture/ breaks every rule on purpose (test/unit/architecture.test.ts); fixtures are data, not the architecture.
    exclude: { path: '^test/fixtures/' },
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: they couple the layers as much as value imports do.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // `@site/*`: see the file.
    webpackConfig: { fileName: 'tooling/lint/site-alias.webpack.cjs' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.d.ts', '.mts', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
