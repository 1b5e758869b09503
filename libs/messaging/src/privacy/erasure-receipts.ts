import type { ErasureReceiptedV1, EventContract } from '@ikiraro/contracts';
import type { AggregateStore } from '../outbox/aggregate-store.ts';
import { event } from '../outbox/versioned.ts';

/**
 * A holder's receipts for the erasure certificate (ADR 11): what it removed for a member, announced once with its
 * `contract` (aggregate `erasure`, one per member: a redelivered or repeated erasure announces nothing more). An
 * empty list is said as `nothing held`.
 */
export function erasureReceipts(store: AggregateStore, contract: EventContract<ErasureReceiptedV1>) {
  const receipts = store.of<{ removed: string[]; erasedAt: string }>('erasure');
  return async (memberId: string, removed: string[]) => {
    const said = removed.length > 0 ? removed : ['nothing held'];
    const erasedAt = new Date().toISOString();
    await receipts.change(memberId, (current) =>
      current
        ? { state: current.state, events: [] }
        : {
            state: { removed: said, erasedAt },
            events: [event(contract, { memberId, removed: said, erasedAt })],
          },
    );
  };
}
