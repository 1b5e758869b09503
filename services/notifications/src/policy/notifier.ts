import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@ikiraro/contracts';
import { Deliveries } from '../deliveries/deliveries.ts';
import type { EventListener } from '../events/event-listener.ts';
import { Known } from './known.ts';
import { policy } from './notification.policy.ts';

/** Turns a handled event into queued messages, as the policy says. */
@Injectable()
export class Notifier implements EventListener {
  readonly types = new Set([...policy.map((r) => r.contract.type), ...Known.learnsFrom]);

  constructor(
    private readonly known: Known,
    private readonly deliveries: Deliveries,
  ) {}

  async on(event: EventEnvelope): Promise<void> {
    await this.known.learn(event);
    for (const rule of policy.filter((r) => r.contract.type === event.type)) {
      if (rule.when && !rule.when(event.data)) continue;
      const [people, facts] = await Promise.all([
        rule.to(event.data, this.known),
        rule.facts(event.data, this.known),
      ]);
      await this.deliveries.queue(event, rule, people, facts, rule.personal?.(event.data));
    }
  }
}
