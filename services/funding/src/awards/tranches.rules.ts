import type { Milestone } from '../proposals/proposal.ts';

/** One tranche of an award: a milestone's share of the money, in whole units of the call's currency. */
export interface Tranche {
  milestoneId: string;
  title: string;
  /** ISO 8601 date. */
  due: string;
  amount: number;
}

/**
 * The award's tranches, one per milestone in order. When the award differs from what the milestones ask,
 * each amount is scaled proportionally (rounded down) and the remainder goes on the last, so the tranches
 * always add up exactly to the award. Without milestones (or with a zero total) the whole award is one tranche.
 */
export function tranchesOf(awarded: number, milestones: readonly Milestone[]): Tranche[] {
  if (!Number.isInteger(awarded) || awarded < 0)
    throw new RangeError(`award must be whole units: ${awarded}`);
  const requested = milestones.reduce((sum, m) => sum + m.amount, 0);
  if (milestones.length === 0 || requested <= 0) {
    const last = milestones.at(-1);
    return [
      {
        milestoneId: last?.id ?? 'award',
        title: last?.title ?? 'Award',
        due: last?.due ?? '',
        amount: awarded,
      },
    ];
  }
  const tranches = milestones.map((m) => ({
    milestoneId: m.id,
    title: m.title,
    due: m.due,
    amount: requested === awarded ? m.amount : Math.floor((m.amount * awarded) / requested),
  }));
  const allocated = tranches.reduce((sum, t) => sum + t.amount, 0);
  tranches[tranches.length - 1]!.amount += awarded - allocated;
  return tranches;
}
