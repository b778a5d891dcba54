/**
 * A large bank bundles its two compilations, the browser's (client) and the renderer's (server), in two processes, one
 * after the other: Rspack keeps each compilation's memory until its process ends, so one process bundling both held
 * both at once (10,000 questions, bundling alone: 6.2 GiB, against 3.7 and 3.4 GiB apart). The launcher
 * (deploy/build-site.ts) names the compilation a process bundles in this variable; the large-bank-bundling plugin
 * reads it (src/plugins/large-bank-bundling/server/one-compilation.ts).
 */
export const BUNDLE_ONLY_ENV = 'SRE_BUNDLE_ONLY';

/**
 * The folder the client's process writes each MDX file's compiled code to, and the server's process, run after it,
 * reads it from (src/plugins/large-bank-bundling/server/compiled-mdx-on-disk.ts). The launcher empties it first.
 */
export const COMPILED_MDX_DIR_ENV = 'SRE_COMPILED_MDX_DIR';

export const COMPILATIONS = ['client', 'server'] as const;

export type Compilation = (typeof COMPILATIONS)[number];

/** The compilation this process bundles alone, or undefined when it bundles both, as Docusaurus does by default. */
export function bundleOnlyFrom(environment: Readonly<Record<string, string | undefined>>): Compilation | undefined {
  const value = environment[BUNDLE_ONLY_ENV];
  if (value === undefined || value === '') return undefined;
  const compilation = COMPILATIONS.find((choice) => choice === value);
  if (compilation === undefined) {
    throw new Error(`${BUNDLE_ONLY_ENV} is "${value}"; use one of ${COMPILATIONS.join(', ')}, or leave it unset to bundle both compilations`);
  }
  return compilation;
}

/** The compiled-MDX folder a process bundling `compilation` alone uses; fails, saying what to set, when none is given. */
export function compiledMdxDirFrom(environment: Readonly<Record<string, string | undefined>>, compilation: Compilation): string {
  const dir = environment[COMPILED_MDX_DIR_ENV];
  if (dir === undefined || dir === '') {
    throw new Error(
      `${BUNDLE_ONLY_ENV} is "${compilation}" but ${COMPILED_MDX_DIR_ENV} is not set: set it to the folder where the client's process leaves the compiled MDX ` +
        "for the server's, or run `npm run build` (deploy/build-site.ts), which sets both",
    );
  }
  return dir;
}
