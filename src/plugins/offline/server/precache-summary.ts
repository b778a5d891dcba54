/** What the build prints about the precache: file count, and bytes raw and on the wire. Pure. */

export interface PrecachedFileSize {
  readonly file: string;
  readonly rawBytes: number;
  /** Gzip bytes for text; the raw bytes for files sent as they are (PNG, woff2: compressed already). */
  readonly wireBytes: number;
}

export interface PrecacheSummary {
  readonly files: number;
  readonly rawBytes: number;
  readonly wireBytes: number;
}

/** Text a server compresses; PNG and woff2 are compressed formats and go as they are. */
export function isCompressedOnTheWire(file: string): boolean {
  return /\.(html|js|css|json|svg|webmanifest|txt|xml)$/.test(file);
}

export function summarisePrecache(sizes: readonly PrecachedFileSize[]): PrecacheSummary {
  return {
    files: sizes.length,
    rawBytes: sizes.reduce((sum, size) => sum + size.rawBytes, 0),
    wireBytes: sizes.reduce((sum, size) => sum + size.wireBytes, 0),
  };
}

const kilobytes = (bytes: number): string => `${(bytes / 1000).toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} kB`;

/** `precache (whole site, 176 pages): 412 files, 3,456.7 kB raw, 1,234.5 kB gzip on the wire` (kB = 1,000 bytes). */
export function formatPrecacheSummary(summary: PrecacheSummary, mode: 'whole-site' | 'shell', pageCount: number): string {
  const scope =
    mode === 'whole-site' ? `whole site, ${pageCount} pages` : `shell only: ${pageCount} pages are more than the threshold, the rest is cached as visited`;
  return `precache (${scope}): ${summary.files} files, ${kilobytes(summary.rawBytes)} raw, ${kilobytes(summary.wireBytes)} gzip on the wire`;
}
