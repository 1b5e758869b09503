import type { EventEnvelope } from '@ikiraro/contracts';
import { childTraceParent, messageContext } from '@ikiraro/observability';
import { v7 as uuidv7 } from 'uuid';
import type { MessagingOptions } from '../messaging.options.ts';
import type { PersonalFields } from '../privacy/personal-fields.ts';
import { validatePayload } from '../validate-payload.ts';
import { causationKeyOf } from './causation.ts';
import type { OutboxRecord } from './outbox.record.ts';
import type { Decision, PendingEvent } from './versioned.ts';

/**
 * Turns a decision into the one outbox record that stores it (ADR 5): the new state and its events in
 * envelopes, personal fields sealed in both, the current message context carried on, under the version's key.
 */
export class ChangeRecords {
  constructor(
    private readonly options: Pick<MessagingOptions, 'service' | 'publishes'>,
    private readonly personal: PersonalFields,
  ) {}

  async of<S>(aggregate: string, id: string, version: number, decision: Decision<S>): Promise<OutboxRecord> {
    const _id = `${aggregate}:${id}:${version}`;
    return {
      _id,
      aggregate,
      aggregateId: id,
      version,
      state: await this.personal.seal(aggregate, id, decision.state),
      events: await this.envelopesOf(id, decision.events),
      causationKey: causationKeyOf(aggregate, id, _id),
      committedAt: new Date(),
      mark: uuidv7(),
    };
  }

  /** The outbox form of a change's events: validated, in envelopes that carry the current message context. */
  private envelopesOf(id: string, pending: PendingEvent[]): Promise<OutboxRecord['events']> {
    const context = messageContext.current();
    return Promise.all(
      pending.map(async ({ contract, data }) => {
        if (!this.options.publishes.includes(contract)) {
          throw new Error(`${this.options.service} does not list ${contract.type} in its publishes`);
        }
        await validatePayload(contract, data);
        const envelope: EventEnvelope = {
          id: uuidv7(),
          type: contract.type,
          version: contract.version,
          occurredAt: new Date().toISOString(),
          producer: this.options.service,
          subject: id,
          correlationId: context?.correlationId ?? uuidv7(),
          causationId: context?.causationId ?? null,
          actor: context?.actor ?? 'system',
          data: await this.personal.sealEvent(contract, data),
        };
        return { topic: contract.topic, traceparent: childTraceParent(context?.traceparent), envelope };
      }),
    );
  }
}
