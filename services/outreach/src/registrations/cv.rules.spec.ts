import { describe, expect, it } from '@jest/globals';
import { isPdf } from './cv.rules.ts';

const pdf = (body: string) => Buffer.from(`%PDF-1.4\n${body}\n%%EOF\n`);

describe('isPdf', () => {
  it('accepts bytes that start with the PDF header and end with the trailer', () => {
    expect(isPdf(pdf('1 0 obj << >> endobj'))).toBe(true);
  });

  it('accepts a trailer followed by a little trailing data', () => {
    expect(isPdf(Buffer.concat([pdf('x'), Buffer.alloc(500, 0x20)]))).toBe(true);
  });

  it('refuses a PNG, a missing trailer, a trailer buried far from the end, and nothing at all', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(isPdf(png)).toBe(false);
    expect(isPdf(Buffer.from('%PDF-1.4\nno end here'))).toBe(false);
    expect(isPdf(Buffer.concat([pdf('x'), Buffer.alloc(2048, 0x41)]))).toBe(false);
    expect(isPdf(Buffer.alloc(0))).toBe(false);
  });
});
