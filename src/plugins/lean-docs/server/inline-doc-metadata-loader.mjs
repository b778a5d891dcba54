/**
 * The bundler's loader that exports a doc's metadata from the doc's own module: run after Docusaurus's MDX loader, it
 * appends `export const metadata = …` with the metadata the docs plugin wrote for the doc (see inline-doc-metadata.ts,
 * which puts it in the docs plugin's MDX rule). Plain JavaScript because the bundler loads loaders itself, without the
 * TypeScript loader Docusaurus uses for plugins.
 */
import { readFile } from 'node:fs/promises';

/**
 * The MDX loader's output with the metadata exported as a constant. The JSON is parsed and written compactly: the
 * docs plugin indents it, and the bundler keeps each module's source, in each of its two compilations, for the whole
 * build.
 * @param {string} code
 * @param {string} metadataJson
 */
export function appendMetadataExport(code, metadataJson) {
  return `${code}\nexport const metadata = ${JSON.stringify(JSON.parse(metadataJson))};\n`;
}

/**
 * @typedef {{ metadataPath: (mdxPath: string) => string | undefined, isMDXPartial?: (mdxPath: string) => boolean }} Options
 * @this {{ resourcePath: string, getOptions(): Options, addDependency(file: string): void, async(): (error: Error | null, code?: string) => void }}
 * @param {string} code
 */
export default function inlineDocMetadataLoader(code) {
  const done = this.async();
  const { metadataPath, isMDXPartial } = this.getOptions();
  // Partials are imported by other docs and have no metadata of their own, as in the MDX loader.
  const metadataFile = isMDXPartial?.(this.resourcePath) ? undefined : metadataPath(this.resourcePath);
  if (metadataFile === undefined) {
    done(null, code);
    return;
  }
  // A change to the doc's metadata (its title, its neighbours in the sidebar) rebuilds the doc under `npm start`.
  this.addDependency(metadataFile);
  readFile(metadataFile, 'utf8').then(
    (json) => done(null, appendMetadataExport(code, json)),
    (error) =>
      done(
        new Error(`${this.resourcePath}: cannot read its metadata ${metadataFile}, which the docs plugin writes before bundling; run the build again`, {
          cause: error,
        }),
      ),
  );
}
