import { applyDecorators, UseFilters } from '@nestjs/common';
import { EventPattern } from '@nestjs/microservices';
import type { EventContract } from '@ikiraro/contracts';
import { RethrowRpcErrors } from './consumer/rethrow-rpc.filter.ts';

const subscribed = new Map<string, EventContract>();

/** The Nest message pattern of one event type at one version. */
export const patternOf = (contract: Pick<EventContract, 'type' | 'version'>) =>
  `${contract.type}@${contract.version}`;

export function contractOfPattern(pattern: string): EventContract | undefined {
  return subscribed.get(pattern);
}

/**
 * Marks a method as the handler of one event contract. It receives the whole envelope, its `data` already
 * validated against the contract's payload class: `handle(@Payload() event: EventEnvelope<CampaignLaunchedV1>)`.
 */
export function OnEvent(contract: EventContract): MethodDecorator {
  subscribed.set(patternOf(contract), contract);
  // The handler's error reaches our transport unchanged, for retries and the dead letter (see the filter).
  return applyDecorators(
    EventPattern(patternOf(contract)) as MethodDecorator,
    UseFilters(new RethrowRpcErrors()),
  );
}
