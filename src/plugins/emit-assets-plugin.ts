/**
 * A bundler plugin (Rspack's or webpack's: both have this API) that adds files to the client build's assets.
 * Assets, not files written after the build: they are in the build folder before any plugin's postBuild reads it (the
 * offline worker's precache lists the build's files), `docusaurus start` serves them from memory like its own, and a
 * script among them is minified with the bundle's own.
 */

/** One file of the build: its path under the build folder (`/`-separated) and its text. */
export interface AssetFile {
  readonly path: string;
  readonly text: string;
}

/** The part of the bundler's compiler this plugin uses: Rspack's and webpack's are the same here. */
interface Compiler {
  webpack: {
    Compilation: { PROCESS_ASSETS_STAGE_ADDITIONAL: number };
    sources: { RawSource: new (text: string) => unknown };
  };
  hooks: {
    thisCompilation: {
      tap(name: string, callback: (compilation: Compilation) => void): void;
    };
  };
}

interface Compilation {
  hooks: { processAssets: { tap(options: { name: string; stage: number }, callback: () => void): void } };
  emitAsset(path: string, source: unknown): void;
}

export class EmitAssetsPlugin {
  constructor(private readonly files: readonly AssetFile[]) {}

  apply(compiler: Compiler): void {
    const name = EmitAssetsPlugin.name;
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      // ADDITIONAL runs before the minimizer's stage (OPTIMIZE_SIZE), so a script is minified like the bundle's own.
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const file of this.files) compilation.emitAsset(file.path, new sources.RawSource(file.text));
      });
    });
  }
}
