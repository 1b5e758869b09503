import { describe, expect, it } from '@jest/globals';
import type { MemberDocument } from './member-search.rules.ts';
import { membersCsv } from './members-export.ts';

const quotedLine = /^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/;

describe('members export', () => {
  it('quotes every cell and defuses a formula hidden after a semicolon, for spreadsheets that split on it', () => {
    const member = {
      _id: 'm1',
      firstName: 'Ana',
      lastName: 'Doe;=HYPERLINK("http://evil")',
      email: 'ana@example.org',
      subjects: ['Masonry', '@cmd'],
      status: 'registered',
    } as unknown as MemberDocument;
    const csv = membersCsv([member]);
    for (const line of csv.trimEnd().split('\n')) expect(line).toMatch(quotedLine);
    expect(csv).toContain(`"Doe;'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain(`"Masonry;'@cmd"`);
  });
});
