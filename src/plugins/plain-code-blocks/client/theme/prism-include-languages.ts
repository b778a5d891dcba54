/**
 * Replaces the classic theme's prism-include-languages (see ../../index.ts).
 * The theme's version loads extra Prism grammars with a dynamic
 * `require(\`prismjs/components/prism-${lang}\`)`, which bundles prismjs's
 * component registry (about 43 KB) into main.js even when no language is
 * configured. There is nothing to highlight here, so there is nothing to load.
 */
export default function prismIncludeLanguages(): void {}
