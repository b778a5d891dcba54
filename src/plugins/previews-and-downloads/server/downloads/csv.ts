/**
 * RFC 4180 CSV: fields with a comma, double quote, CR or LF are quoted, with
 * quotes doubled; records end with CRLF. A UTF-8 byte order mark comes first
 * so Excel reads typographic quotes and accents as UTF-8.
 */
export type CsvField = string | number;

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvField(value: CsvField): string {
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvDocument(header: readonly string[], rows: readonly (readonly CsvField[])[]): string {
  for (const [index, row] of rows.entries()) {
    if (row.length !== header.length) throw new Error(`CSV row ${index + 1} has ${row.length} fields; the header has ${header.length}.`);
  }
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
