/**
 * Stylesheets that only some pages load, served by the site itself.
 *
 * Docusaurus merges every CSS file a page imports into one `styles.css` that
 * every page loads, and a route chunk's own CSS would not be linked from the
 * static HTML (it would flash unstyled, and never apply without JavaScript).
 * So KaTeX's CSS (23 KB, plus fonts) and the reference pages' component CSS
 * are not imported. This plugin copies each stylesheet, with every file its
 * `url(…)`s point at (KaTeX's fonts), to `assets/<name>.<hash>/` in the build,
 * and tells the client bundle the URLs (the `__PAGE_STYLESHEETS__` constant).
 * A page that needs one renders <PageStylesheet name="…" />
 * (src/components/PageStylesheet.tsx), which puts a <link rel="stylesheet">
 * into that page's <head>, in the static HTML as well.
 *
 * The folder name carries a hash of the contents, so the files can be cached
 * forever like the rest of `assets/`. After editing one of these stylesheets,
 * restart `npm start`.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { basename, dirname, posix, relative, resolve } from 'node:path';
import type { Plugin } from '@docusaurus/types';

export interface PageStylesheetsOptions {
  /** Name (as used by <PageStylesheet name>) → absolute path of the CSS file. */
  readonly stylesheets: Readonly<Record<string, string>>;
}

export interface CollectedStylesheet {
  /** Path of the stylesheet in the build, relative to the base URL: `assets/katex.1a2b3c4d/katex.min.css`. */
  readonly url: string;
  /** Every file to write, by path relative to the build folder. */
  readonly files: ReadonlyMap<string, Buffer>;
}

/** `url(fonts/x.woff2)` and the quoted forms, minus data:, absolute and external URLs. */
export function relativeUrls(css: string): string[] {
  const urls = new Set<string>();
  for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+?)\1\s*\)/g)) {
    const url = match[2]!.trim();
    if (/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(url)) continue;
    urls.add(url.replace(/[?#].*$/, ''));
  }
  return [...urls].sort();
}

/** Reads a stylesheet and the files it refers to, and names their folder by a hash of all of them. */
export function collectStylesheet(name: string, file: string): CollectedStylesheet {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`page-stylesheets: "${name}" is not a valid name (lowercase letters, digits, hyphens)`);
  const css = readFileSync(file);
  const hash = createHash('sha256').update(css);
  const referenced = new Map<string, Buffer>();
  for (const url of relativeUrls(css.toString('utf8'))) {
    const path = resolve(dirname(file), url);
    if (relative(dirname(file), path).startsWith('..')) {
      throw new Error(`page-stylesheets: ${file} refers to ${url}, outside its folder; only files next to or below the stylesheet are copied`);
    }
    const content = readFileSync(path); // throws ENOENT, naming the path, if the stylesheet refers to a missing file
    hash.update(url).update(content);
    referenced.set(url, content);
  }
  const folder = `assets/${name}.${hash.digest('hex').slice(0, 8)}`;
  const files = new Map<string, Buffer>([[`${folder}/${basename(file)}`, css]]);
  for (const [url, content] of referenced) files.set(posix.join(folder, url), content);
  return { url: `${folder}/${basename(file)}`, files };
}

/** KaTeX's stylesheet from the very `katex` package rehype-katex renders with. */
export function katexStylesheetPath(): string {
  const rehypeKatex = createRequire(import.meta.url).resolve('rehype-katex');
  return createRequire(rehypeKatex).resolve('katex/dist/katex.min.css');
}

export default function pageStylesheets(_context: unknown, options: unknown): Plugin {
  const { stylesheets } = (options ?? {}) as Partial<PageStylesheetsOptions>;
  if (!stylesheets || typeof stylesheets !== 'object') {
    throw new Error('page-stylesheets: pass `{ stylesheets: { name: "/absolute/path.css", … } }`');
  }
  const collected = Object.entries(stylesheets).map(([name, file]) => [name, collectStylesheet(name, file)] as const);
  const urls = Object.fromEntries(collected.map(([name, { url }]) => [name, url]));
  const files = new Map(collected.flatMap(([, stylesheet]) => [...stylesheet.files]));

  return {
    name: 'page-stylesheets',
    configureWebpack(_config, isServer, utils) {
      const bundler = utils.currentBundler.instance;
      const plugins: { apply(compiler: InstanceType<typeof bundler.Compiler>): void }[] = [
        new bundler.DefinePlugin({ __PAGE_STYLESHEETS__: JSON.stringify(urls) }),
      ];
      if (!isServer) {
        plugins.push({
          apply(compiler) {
            const { Compilation, sources } = compiler.webpack;
            compiler.hooks.thisCompilation.tap('page-stylesheets', (compilation) => {
              compilation.hooks.processAssets.tap({ name: 'page-stylesheets', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
                for (const [path, content] of files) compilation.emitAsset(path, new sources.RawSource(content));
              });
            });
          },
        });
      }
      return { plugins };
    },
  };
}
