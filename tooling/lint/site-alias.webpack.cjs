const { resolve } = require('node:path');

/**
 * Docusaurus's bundler resolves `@site/...` to the site directory. tsconfig.json
 * inherits the same mapping from @docusaurus/tsconfig, but the tsconfig-paths
 * plugin dependency-cruiser uses does not follow `extends` into a package, so
 * .dependency-cruiser.cjs reads the alias from here instead.
 */
module.exports = { resolve: { alias: { '@site': resolve(__dirname, '../..') } } };
