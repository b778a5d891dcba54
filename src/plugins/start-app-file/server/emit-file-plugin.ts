/**
 * A bundler plugin (Rspack's or webpack's: both have this API) that adds one file to the client build's assets.
 * An asset, not a file written after the build, so that it is in the build folder before any plugin's postBuild
 * reads it (the offline worker's precache lists the files the pages reference), and the bundler minifies it with
 * its own scripts.
 */

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

export class EmitFilePlugin {
  constructor(
    private readonly path: string,
    private readonly text: string,
  ) {}

  apply(compiler: Compiler): void {
    const name = EmitFilePlugin.name;
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      // ADDITIONAL runs before the minimizer's stage (OPTIMIZE_SIZE), so the file is minified like the bundle's own.
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset(this.path, new sources.RawSource(this.text));
      });
    });
  }
}
