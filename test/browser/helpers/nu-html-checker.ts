/**
 * The W3C Nu HTML Checker (vnu.jar, from the `vnu-jar` package) run once over
 * many files: the JVM takes seconds to start, so every file of a build goes
 * into one run. Needs Java 17+ on the PATH (.ci/run installs Debian's
 * default-jre-headless when `java` is missing).
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** One message of vnu's `--format json` report (https://github.com/validator/validator/wiki/Output-»-JSON). */
interface NuMessage {
  /** `error`, or `non-document-error` when a file could not be read at all (`info` is left out by --errors-only). */
  readonly type: string;
  readonly url?: string;
  readonly lastLine?: number;
  readonly message: string;
}

/** An error the checker reported, in the file it was found in. */
export interface NuError {
  readonly file: string;
  readonly line: number | undefined;
  readonly message: string;
}

/** vnu.jar's path: the `vnu-jar` devDependency's main export. */
function vnuJarPath(): string {
  try {
    return String(createRequire(import.meta.url)('vnu-jar'));
  } catch (error) {
    throw new Error('The W3C checker is missing: `npm ci` installs the vnu-jar devDependency.', { cause: error });
  }
}

/** Parses vnu's JSON report into the errors it lists, each with the file it is in. */
function nuErrors(report: string): NuError[] {
  const { messages } = JSON.parse(report) as { messages: NuMessage[] };
  return messages
    .filter((message) => message.type === 'error' || message.type === 'non-document-error')
    .map((message) => ({
      file: message.url?.startsWith('file:') ? fileURLToPath(message.url) : (message.url ?? '(no file)'),
      line: message.lastLine,
      message: message.message,
    }));
}

/** Checks `files` in one JVM run and returns every error-level message (warnings and info left out). */
export function checkHtml(files: readonly string[]): Promise<NuError[]> {
  const args = ['-jar', vnuJarPath(), '--format', 'json', '--errors-only', '--stdout', '--exit-zero-always', ...files];
  return new Promise((done, fail) => {
    execFile('java', args, { maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) fail(new Error(`java -jar vnu.jar failed (is Java 17+ installed? .ci/run installs default-jre-headless): ${error.message}\n${stderr}`));
      else done(nuErrors(stdout));
    });
  });
}
