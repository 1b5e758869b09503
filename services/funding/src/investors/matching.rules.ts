import type { InvestorInterests, MatchStage, Money } from '@ikiraro/contracts';

/** What of the programme definition the rules read: subject names, and each IPRC's name and province. */
export interface Places {
  subjects: readonly { code: string; name: string }[];
  institutions: readonly { code: string; name: string; province: string }[];
}

/** What matching looks at in a proposal at a stage: its sector, its IPRC and the amount (asked or awarded). */
export interface Candidate {
  sector: string;
  iprc: string;
  stage: MatchStage;
  amount: Money;
}

/** One of an investor's interests against a proposal: met or not, said in words either way. */
export interface Criterion {
  key: 'sector' | 'place' | 'ticket';
  met: boolean;
  reason: string;
}

/** Whole units with a space between thousands: 4800 → "4 800". */
export const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/**
 * Every criterion of `interests` against `candidate` (ADR 17): the sector among theirs (or any); the IPRC among
 * theirs, or its province among theirs (or any place); the amount within their tickets, in the same currency
 * (no conversion: a ticket in another currency does not meet it).
 */
export function explain(interests: InvestorInterests, candidate: Candidate, places: Places): Criterion[] {
  const subject = places.subjects.find((s) => s.code === candidate.sector)?.name ?? candidate.sector;
  const iprc = places.institutions.find((i) => i.code === candidate.iprc);
  const iprcName = iprc?.name ?? candidate.iprc;
  const where = iprc ? `${iprcName} in ${iprc.province}` : iprcName;

  const anySector = interests.sectors.length === 0;
  const sector: Criterion = {
    key: 'sector',
    met: anySector || interests.sectors.includes(candidate.sector),
    reason: anySector
      ? `sector: ${subject} (you take any sector)`
      : interests.sectors.includes(candidate.sector)
        ? `sector: ${subject}`
        : `sector: ${subject} is not among yours`,
  };

  const anyPlace = interests.iprcs.length === 0 && interests.provinces.length === 0;
  const byIprc = interests.iprcs.includes(candidate.iprc);
  const byProvince = !!iprc && interests.provinces.includes(iprc.province);
  const place: Criterion = {
    key: 'place',
    met: anyPlace || byIprc || byProvince,
    reason: anyPlace
      ? `${where} (you take any place)`
      : byIprc || byProvince
        ? where
        : `${where} is not among your IPRCs or provinces`,
  };

  const { amount, currency } = candidate.amount;
  const verb = candidate.stage === 'awarded' ? 'awarded' : 'asks';
  const range = `your tickets ${grouped(interests.ticketMin)}–${grouped(interests.ticketMax)} ${interests.currency}`;
  const sameCurrency = currency === interests.currency;
  const inRange = amount >= interests.ticketMin && amount <= interests.ticketMax;
  const ticket: Criterion = {
    key: 'ticket',
    met: sameCurrency && inRange,
    reason: !sameCurrency
      ? `${verb} ${grouped(amount)} ${currency}, not in the currency of your tickets (${interests.currency})`
      : `${verb} ${grouped(amount)} ${currency}, ${range}${inRange ? '' : ': outside them'}`,
  };
  return [sector, place, ticket];
}

/** The reasons of a match, or null when a criterion is not met. */
export function matchReasons(
  interests: InvestorInterests,
  candidate: Candidate,
  places: Places,
): string[] | null {
  const criteria = explain(interests, candidate, places);
  return criteria.every((c) => c.met) ? criteria.map((c) => c.reason) : null;
}

/** Ticket sizes that make sense: the smallest is at most the largest. */
export const ticketsInOrder = (interests: Pick<InvestorInterests, 'ticketMin' | 'ticketMax'>) =>
  interests.ticketMin <= interests.ticketMax;
