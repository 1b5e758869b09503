import { Logger } from '@nestjs/common';
import { type EventContract, type EventEnvelope, EventEnvelopeSchema } from '@ikiraro/contracts';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { KafkaMessage } from 'kafkajs';
import { BrokenSealError, type PersonalData } from '../privacy/personal-data.ts';
import { type DeadLetterReason, headersToStrings, REPLAY_FOR_HEADER } from './dead-letter.ts';
import { contractAt, reader } from './route.ts';
import type { Subscription } from './subscriptions.ts';

/** A message admitted for a handler: its envelope checked, its payload opened and upcast to the handler's. */
export interface Delivery {
  topic: string;
  partition: number;
  message: KafkaMessage;
  headers: Record<string, string>;
  pattern: string;
  envelope: EventEnvelope;
  /** About a person who was erased: recorded as handled, never handed to the handler. */
  erased?: boolean;
}

/** Why a message can never be handled: it goes to the dead letters, and the partition moves on. */
export class DeadLetterCause extends Error {
  constructor(
    readonly reason: DeadLetterReason,
    message: string,
  ) {
    super(message);
  }
}

/**
 * What stands between a Kafka message and a handler: the envelope parsed and validated, the handler found by
 * type, the personal fields opened (ADR 10), the payload validated and upcast to the handler's version.
 */
export class Admission {
  private readonly log = new Logger('KafkaEventServer');

  constructor(
    private readonly handled: ReadonlyMap<string, Subscription>,
    private readonly groupId: string,
    private readonly personal: PersonalData,
  ) {}

  /**
   * The delivery to hand to a handler, or nothing: not ours (another type on a topic we read, a replay for
   * another group). Throws `DeadLetterCause` for a message that can never be handled.
   */
  async admit(topic: string, partition: number, message: KafkaMessage): Promise<Delivery | undefined> {
    const headers = headersToStrings(message.headers);
    const replayFor = headers[REPLAY_FOR_HEADER];
    if (replayFor && replayFor !== this.groupId) return undefined;
    const envelope = await this.parse(message.value?.toString() ?? '');
    const handler = this.handled.get(envelope.type);
    if (!handler) return undefined;
    const read = reader(handler.contract, envelope.version);
    if (!read)
      throw new DeadLetterCause(
        'payload.invalid',
        `no upcast path from ${envelope.type}@${envelope.version}`,
      );
    const { erases, personal } = contractAt(handler.contract, envelope.version) ?? {};
    if (erases) this.personal.keys.forget(erases(envelope.data as never));
    const opened = await this.opened(personal, envelope);
    const delivery = { topic, partition, message, headers, pattern: handler.pattern };
    if (!opened) return { ...delivery, envelope, erased: true };
    const data = await read(opened).catch((e: Error) => {
      throw new DeadLetterCause('payload.invalid', e.message);
    });
    return { ...delivery, envelope: { ...envelope, data } };
  }

  private async parse(raw: string): Promise<EventEnvelope> {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new DeadLetterCause('envelope.unparseable', 'the message is not JSON');
    }
    const errors = await validate(plainToInstance(EventEnvelopeSchema, value ?? {}));
    if (errors.length > 0 || typeof value !== 'object' || value === null) {
      const problems = errors.flatMap((e) => Object.values(e.constraints ?? { [e.property]: 'invalid' }));
      throw new DeadLetterCause('envelope.invalid', `the envelope is not valid: ${problems.join('; ')}`);
    }
    return value as EventEnvelope;
  }

  /**
   * The payload with its personal fields opened (ADR 10), or nothing when they are sealed for a person who was
   * erased: a late, redelivered or replayed event cannot bring an erased person back, so no handler sees it
   * (it goes into the inbox as handled).
   */
  private async opened(
    personal: EventContract['personal'],
    envelope: EventEnvelope,
  ): Promise<object | undefined> {
    const data = envelope.data as object;
    if (!personal) return data;
    let opened: { value: object; erased: boolean };
    try {
      opened = await this.personal.open(personal.person(data), data, personal.fields);
    } catch (error) {
      if (error instanceof BrokenSealError) throw new DeadLetterCause('payload.invalid', error.message);
      throw error; // the key store is away: the message comes again
    }
    if (opened.erased) {
      this.log.log(`skipped ${envelope.type} ${envelope.id}: it is about a person who was erased`);
      return undefined;
    }
    return opened.value;
  }
}
