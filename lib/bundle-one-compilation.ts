/**
 * A large bank bundles its two compilations, the browser's (client) and the renderer's (server), in two processes, one
 * after the other: Rspack keeps each compilation's memory until its process ends, so one process bundling both held
 * both at once (10,000 questions, bundling alone: 6.2 GiB, against 3.7 and 3.4 GiB apart). The launcher
 * (deploy/build-site.ts) names the compilation a process bundles in this variable; the large-bank-bundling plugin
 * reads it (src/plugins/large-bank-bundling/server/one-compilation.ts).
 */
export const BUNDLE_ONLY_ENV = 'SRE_BUNDLE_ONLY';

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
