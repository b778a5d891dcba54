/**
 * The PostCSS configuration files postcss-loader 7 would search for (its `searchPlaces`), and the site's own that
 * this plugin's `config: false` would leave unread.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const EXTENSIONS = ['js', 'mjs', 'cjs', 'ts', 'mts', 'cts'] as const;

const POSTCSS_CONFIG_FILES: readonly string[] = [
  ...EXTENSIONS.map((extension) => `postcss.config.${extension}`),
  '.postcssrc',
  ...['json', ...EXTENSIONS, 'yaml', 'yml'].map((extension) => `.postcssrc.${extension}`),
  '.config/postcssrc',
  ...['json', 'yaml', 'yml', 'js', 'mjs', 'cjs', 'ts', 'mts', 'cts'].map((extension) => `.config/postcssrc.${extension}`),
];

/** Paths, relative to the site, of every PostCSS configuration in it: the files above and a "postcss" key in package.json. */
export function postcssConfigsIn(siteDir: string): string[] {
  const found = POSTCSS_CONFIG_FILES.filter((file) => existsSync(join(siteDir, file)));
  const packageJson = join(siteDir, 'package.json');
  if (existsSync(packageJson) && Object.hasOwn(readJsonObject(packageJson), 'postcss')) found.push('package.json ("postcss")');
  return found;
}

function readJsonObject(file: string): object {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof value === 'object' && value !== null) return value;
  } catch (error) {
    throw new Error(`${file}: not valid JSON; fix it so PostCSS and npm can read it`, { cause: error });
  }
  return {};
}

/** Stops the build when the site has a PostCSS configuration, which the plugin's `config: false` would leave unread. */
export function assertNoPostcssConfig(siteDir: string): void {
  const configs = postcssConfigsIn(siteDir);
  if (configs.length === 0) return;
  throw new Error(
    `${configs.map((file) => `${siteDir}/${file}`).join(', ')}: PostCSS configuration that the build would ignore ` +
      "(src/plugins/postcss-config-in-code turns postcss-loader's config search off). Add its plugins in that plugin's " +
      'configurePostCss instead, and delete the file.',
  );
}
