const HEADER = Buffer.from('%PDF-');
const TRAILER = Buffer.from('%%EOF');

/**
 * Whether the bytes are a PDF, judged by content and not by the declared type or a file name: a PDF starts with
 * `%PDF-` and ends with `%%EOF` (the specification allows a little trailing whitespace or garbage, so the last
 * kilobyte is searched). A PNG renamed `.pdf`, an HTML page or an executable fail here.
 */
export function isPdf(bytes: Buffer): boolean {
  if (bytes.length < HEADER.length + TRAILER.length) return false;
  if (!bytes.subarray(0, HEADER.length).equals(HEADER)) return false;
  return bytes.subarray(Math.max(0, bytes.length - 1024)).includes(TRAILER);
}

/** A calendar day (`YYYY-MM-DD`) as documents print it: `14 March 2026`. */
export const longDate = (day: string) =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
