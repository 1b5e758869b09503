import { describe, expect, it } from '@jest/globals';
import { reportCsv, type TransparencyReport } from './transparency-report.ts';

const quotedLine = /^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/;

describe('transparency report CSV', () => {
  it('quotes every cell and defuses a formula hidden after a separator in a reason', () => {
    const report = {
      method: { criteria: [{ code: 'motivation' }] },
      applications: [
        {
          code: 'A-1F2E3D',
          status: 'selected',
          screening: { eligible: true, failed: [] },
          match: { total: 90 },
          declarations: [{ reviewer: 'Rev One', conflict: false }],
          scorecards: [{ reviewer: 'Rev One', scores: { motivation: 5 }, total: 100, counted: true }],
          panel: { mean: 100, disagreement: [] },
          decision: { outcome: 'selected', reason: 'Best fit;=1+1', by: '+Someone', at: '2027-01-10' },
        },
      ],
    } as unknown as TransparencyReport;
    const csv = reportCsv(report);
    for (const line of csv.trimEnd().split('\n')) expect(line).toMatch(quotedLine);
    expect(csv).toContain(`"Best fit;'=1+1"`);
    expect(csv).toContain(`"'+Someone"`);
  });
});
