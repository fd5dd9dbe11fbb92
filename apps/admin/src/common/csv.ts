/** One CSV cell: quoted when it holds a separator, a quote or a line break. */
function cell(value: unknown): string {
  const text = value == null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * CSV text with a header row. It starts with a byte-order mark so that Excel, which most of our
 * users open exports with, reads the Chinese text as UTF-8.
 */
export function toCsv(headers: string[], rows: unknown[][]): string {
  return '\uFEFF' + [headers, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
