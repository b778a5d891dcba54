import { SourceError } from '../source-errors.ts';

/**
 * Bytes to text. Invalid UTF-8 is refused rather than replaced with U+FFFD,
 * because a replacement character would silently reach the site. A BOM and
 * CRLF or CR line endings are accepted and normalised away.
 */
export function decodeSource(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    const { line, column } = locateInvalidUtf8(bytes);
    throw new SourceError(
      file,
      line,
      `the file is not valid UTF-8 (the first bad byte is at column ${column})`,
      'save the file as UTF-8, for example with `iconv -f WINDOWS-1252 -t UTF-8`, or retype the character shown there',
      { cause },
    );
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  return text.replace(/\r\n?/g, '\n');
}

function locateInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lineStart = 0;
  let line = 1;
  for (let index = 0; index <= bytes.length; index++) {
    if (index === bytes.length || bytes[index] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(lineStart, index));
      } catch {
        const column = firstBadByteColumn(bytes.subarray(lineStart, index));
        return { line, column };
      }
      line++;
      lineStart = index + 1;
    }
  }
  return { line: 1, column: 1 };
}

/** Column, in characters, where the replacement character lands when decoding leniently. */
function firstBadByteColumn(lineBytes: Uint8Array): number {
  return new TextDecoder('utf-8').decode(lineBytes).indexOf('\uFFFD') + 1;
}
