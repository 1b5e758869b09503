import { describe, expect, it } from '@jest/globals';
import type { InvestorInterests } from '@ikiraro/contracts';
import {
  type Candidate,
  explain,
  grouped,
  matchReasons,
  type Places,
  ticketsInOrder,
} from './matching.rules.ts';

const places: Places = {
  subjects: [
    { code: 'renewable-energy', name: 'Renewable energy' },
    { code: 'ict', name: 'ICT' },
  ],
  institutions: [
    { code: 'KGL', name: 'IPRC Kigali', province: 'Kigali City' },
    { code: 'HYE', name: 'IPRC Huye', province: 'Southern' },
  ],
};
const interests = (change: Partial<InvestorInterests> = {}): InvestorInterests => ({
  sectors: ['renewable-energy'],
  iprcs: [],
  provinces: ['Kigali City'],
  ticketMin: 1_000,
  ticketMax: 10_000,
  currency: 'EUR',
  instruments: ['grant'],
  ...change,
});
const candidate = (change: Partial<Candidate> = {}): Candidate => ({
  sector: 'renewable-energy',
  iprc: 'KGL',
  stage: 'shortlisted',
  amount: { amount: 4_800, currency: 'EUR' },
  ...change,
});

describe('matching rules', () => {
  it('says in words why a proposal matches every interest', () => {
    expect(matchReasons(interests(), candidate(), places)).toEqual([
      'sector: Renewable energy',
      'IPRC Kigali in Kigali City',
      'asks 4 800 EUR, your tickets 1 000–10 000 EUR',
    ]);
  });

  it('takes empty lists as any sector and any place, and says so', () => {
    expect(matchReasons(interests({ sectors: [], provinces: [] }), candidate(), places)).toEqual([
      'sector: Renewable energy (you take any sector)',
      'IPRC Kigali in Kigali City (you take any place)',
      'asks 4 800 EUR, your tickets 1 000–10 000 EUR',
    ]);
  });

  it('meets the place by the IPRC itself or by its province', () => {
    const byIprc = explain(interests({ iprcs: ['HYE'], provinces: [] }), candidate({ iprc: 'HYE' }), places);
    expect(byIprc[1]).toEqual({ key: 'place', met: true, reason: 'IPRC Huye in Southern' });
    const elsewhere = explain(
      interests({ iprcs: ['HYE'], provinces: ['Kigali City'] }),
      candidate({ iprc: 'HYE' }),
      places,
    );
    expect(elsewhere[1]!.met).toBe(true);
    const neither = explain(interests({ iprcs: ['KGL'], provinces: [] }), candidate({ iprc: 'HYE' }), places);
    expect(neither[1]).toEqual({
      key: 'place',
      met: false,
      reason: 'IPRC Huye in Southern is not among your IPRCs or provinces',
    });
  });

  it('refuses another sector, saying which', () => {
    const criteria = explain(interests(), candidate({ sector: 'ict' }), places);
    expect(criteria[0]).toEqual({ key: 'sector', met: false, reason: 'sector: ICT is not among yours' });
    expect(matchReasons(interests(), candidate({ sector: 'ict' }), places)).toBeNull();
  });

  it('keeps the ticket range inclusive at both ends and refuses outside it', () => {
    expect(
      explain(interests(), candidate({ amount: { amount: 1_000, currency: 'EUR' } }), places)[2]!.met,
    ).toBe(true);
    expect(
      explain(interests(), candidate({ amount: { amount: 10_000, currency: 'EUR' } }), places)[2]!.met,
    ).toBe(true);
    expect(
      explain(interests(), candidate({ amount: { amount: 10_001, currency: 'EUR' } }), places)[2],
    ).toEqual({
      key: 'ticket',
      met: false,
      reason: 'asks 10 001 EUR, your tickets 1 000–10 000 EUR: outside them',
    });
  });

  it('does not convert currencies: a ticket in another currency does not meet the amount', () => {
    expect(
      explain(interests(), candidate({ amount: { amount: 4_800, currency: 'RWF' } }), places)[2],
    ).toEqual({
      key: 'ticket',
      met: false,
      reason: 'asks 4 800 RWF, not in the currency of your tickets (EUR)',
    });
  });

  it('speaks of the awarded amount at the awarded stage', () => {
    const criteria = explain(
      interests(),
      candidate({ stage: 'awarded', amount: { amount: 4_500, currency: 'EUR' } }),
      places,
    );
    expect(criteria[2]!.reason).toBe('awarded 4 500 EUR, your tickets 1 000–10 000 EUR');
  });

  it('groups thousands with spaces and checks tickets are in order', () => {
    expect([grouped(0), grouped(999), grouped(1_000), grouped(1_234_567)]).toEqual([
      '0',
      '999',
      '1 000',
      '1 234 567',
    ]);
    expect(ticketsInOrder({ ticketMin: 5, ticketMax: 5 })).toBe(true);
    expect(ticketsInOrder({ ticketMin: 6, ticketMax: 5 })).toBe(false);
  });
});
