import { describe, expect, it } from '@jest/globals';
import { noFundingFigures, plusMoney, totalOf, viewOf, withJobsCreated } from './funding-figures.ts';

describe('funding figures', () => {
  it("counts an award's jobs by its latest report, an older report handled late changing nothing", () => {
    let figures = withJobsCreated(noFundingFigures(), 'a1', 2, '2027-06-01T00:00:00.000Z');
    figures = withJobsCreated(figures, 'a2', 1, '2027-06-02T00:00:00.000Z');
    figures = withJobsCreated(figures, 'a1', 5, '2027-09-01T00:00:00.000Z');
    expect(figures.jobsCreated).toBe(6);
    expect(withJobsCreated(figures, 'a1', 3, '2027-07-01T00:00:00.000Z')).toBe(figures);
  });

  it('adds money by currency and sums the IPRCs, currencies kept apart', () => {
    const kgl = {
      ...noFundingFigures(),
      awarded: 1,
      awardedAmount: plusMoney({}, { amount: 10, currency: 'EUR' }),
    };
    const hye = {
      ...noFundingFigures(),
      awarded: 2,
      awardedAmount: plusMoney({ EUR: 5 }, { amount: 7, currency: 'RWF' }),
    };
    expect(totalOf([viewOf(kgl), viewOf(hye)])).toMatchObject({
      awarded: 3,
      awardedAmount: { EUR: 15, RWF: 7 },
    });
    expect(viewOf(kgl)).not.toHaveProperty('jobsCreatedByAward');
  });
});
