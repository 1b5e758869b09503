import type { Call } from '../calls/call.ts';
import type { AllocationView } from './review-view.dto.ts';
import { proposedOf } from './allocation.rules.ts';
import type { Allocation } from './review.ts';

const RULES = {
  skip: 'Best rank first, each award fully funded; a proposal that no longer fits is skipped, the next may still fit.',
  stop: 'Best rank first, each award fully funded; the allocation stops at the first proposal that does not fit.',
};

/** A call's allocation: the proposed lines with their reasons, what they award and leave, and the approval. */
export function allocationOf(callId: string, call: Call, allocation: Allocation): AllocationView {
  const proposed = proposedOf(call, allocation);
  const entries = new Map(allocation.shortlist.entries.map((e) => [e.proposalId, e]));
  const { approval } = allocation;
  return {
    callId,
    rule: call.allocationRule,
    ruleText: RULES[call.allocationRule],
    fund: call.fund,
    awardsAtMost: call.awards,
    lines: proposed.lines.map((l) => {
      const entry = entries.get(l.proposalId)!;
      return { ...l, title: entry.title, score: entry.score };
    }),
    awarded: proposed.awarded,
    left: proposed.left,
    approval: approval
      ? {
          by: approval.by,
          at: approval.at,
          changed: approval.changed,
          reason: approval.reason,
          awards: approval.awards,
          awarded: approval.awards.reduce((sum, a) => sum + a.amount, 0),
        }
      : null,
  };
}
