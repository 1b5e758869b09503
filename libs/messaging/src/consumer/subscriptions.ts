import type { EventContract } from '@ikiraro/contracts';
import { contractOfPattern } from '../on-event.decorator.ts';

/** The handler of one event type: its contract (the newest version; older ones are upcast) and Nest pattern. */
export interface Subscription {
  contract: EventContract;
  pattern: string;
}

/**
 * The service's `@OnEvent` handlers by event type, checked before anything is consumed: each handler names a
 * contract, one handler per type, and a service handles personal fields only if the contract lists it among
 * their readers (ADR 10).
 */
export function subscriptionsOf(patterns: Iterable<string>, service: string): Map<string, Subscription> {
  const handled = new Map<string, Subscription>();
  for (const pattern of patterns) {
    const contract = contractOfPattern(pattern);
    if (!contract)
      throw new Error(`No event contract for handler pattern ${pattern}: use @OnEvent(Contract)`);
    if (handled.has(contract.type))
      throw new Error(`Two handlers for ${contract.type}: keep one, on the newest version`);
    const { personal, producer } = contract;
    if (personal && producer !== service && !personal.readers.includes(service))
      throw new Error(
        `${service} handles ${contract.type} but is not among the readers of its personal fields`,
      );
    handled.set(contract.type, { contract, pattern });
  }
  return handled;
}
