import { Logger } from '@nestjs/common';
import { type CustomTransportStrategy, Server } from '@nestjs/microservices';
import type { EventEnvelope } from '@ikiraro/contracts';
import { childTraceParent, messageContext } from '@ikiraro/observability';
import { inParallel } from '@ikiraro/persistence';
import type { Consumer, EachBatchPayload, KafkaMessage } from 'kafkajs';
import type { Db } from 'mongodb';
import { setTimeout as sleep } from 'node:timers/promises';
import { lastValueFrom } from 'rxjs';
import type { KafkaConnection } from '../kafka.connection.ts';
import type { MessagingOptions } from '../messaging.options.ts';
import type { PersonalData } from '../privacy/personal-data.ts';
import { Admission, DeadLetterCause, type Delivery } from './admission.ts';
import { deadLetterTopic } from './dead-letter.ts';
import { DeadLetterWriter } from './dead-letter.writer.ts';
import { Inbox } from './inbox.ts';
import { subscriptionsOf } from './subscriptions.ts';

/** Messages of one partition handled between two offset commits. */
const chunkSize = 500;
/** Subjects handled side by side within a chunk (one subject's events stay in order). */
const handlersInFlight = 16;

/**
 * Feeds `@OnEvent` handlers from Kafka (ADR 2). For each message, in partition order: validate the envelope and
 * the payload (upcasting older versions), skip what the inbox has seen, run the handler with bounded retries and
 * backoff, record it in the inbox. What cannot be handled goes to the group's dead-letter topic with its error,
 * and the partition moves on. An offset is committed only after one of those outcomes: if even the dead-letter
 * write fails, the message is not committed and comes again. What a message must be to reach a handler is
 * `Admission`'s; writing dead letters is `DeadLetterWriter`'s; this class runs the group and the handlers.
 */
export class KafkaEventServer extends Server implements CustomTransportStrategy {
  private readonly log = new Logger('KafkaEventServer');
  private consumer?: Consumer;
  private closing = false;
  private joined = false;
  private inbox!: Inbox;
  private admission!: Admission;
  private readonly deadLetters: DeadLetterWriter;

  constructor(
    private readonly connection: KafkaConnection,
    private readonly options: MessagingOptions,
    private readonly db: () => Db,
    private readonly personal: PersonalData,
  ) {
    super();
    this.deadLetters = new DeadLetterWriter(
      connection,
      deadLetterTopic(options.topicPrefix, options.service),
    );
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      // Handler contract per event type (one handler per type; older versions are upcast to it).
      const handled = subscriptionsOf(this.messageHandlers.keys(), this.options.service);
      this.admission = new Admission(handled, this.connection.groupId, this.personal);
      const topics = [
        ...new Set([...handled.values()].map(({ contract }) => this.connection.topicOf(contract))),
      ];
      if (topics.length > 0) {
        this.inbox = new Inbox(this.db(), this.connection.groupId);
        this.purgeInboxHourly();
        // The broker may be away, or answer "not yet" (a topic just created elsewhere, a coordinator loading):
        // keep trying, with backoff, for as long as it takes; readiness says meanwhile that nothing is consumed.
        for (let attempt = 1; !this.closing; attempt++) {
          try {
            await this.connection.ensureTopics([...topics, this.deadLetters.topic]);
            await this.consume(topics);
            break;
          } catch (error) {
            const delay = Math.min(10_000, 300 * 2 ** Math.min(attempt, 5));
            this.log.warn(`cannot consume yet (${String(error)}); trying again in ${delay} ms`);
            await this.consumer?.disconnect().catch(() => undefined);
            await sleep(delay);
          }
        }
        this.log.log(`consuming ${topics.join(', ')} as ${this.connection.groupId}`);
      }
      callback();
    } catch (error) {
      callback(error);
    }
  }

  /**
   * Runs the group's consumer. kafkajs restarts it after retriable failures; after one it will not restart
   * (e.g. the broker gone for longer than its retries), this starts a new consumer, with backoff, until closed.
   */
  private async consume(topics: string[], failures = 0): Promise<void> {
    // A member that died is replaced once its session lapses: 10 s, not kafkajs's 30, so a restarted service
    // resumes soon. Handlers heartbeat between chunks and while backing off.
    const consumer = this.connection.kafka.consumer({
      groupId: this.connection.groupId,
      sessionTimeout: 10_000,
      heartbeatInterval: 1_000,
    });
    this.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, () => (this.joined = true));
    for (const stopped of [consumer.events.STOP, consumer.events.DISCONNECT, consumer.events.CRASH])
      consumer.on(stopped, () => (this.joined = false));
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (payload.restart || this.closing) return;
      const delay = Math.min(30_000, 1_000 * 2 ** Math.min(failures, 5));
      this.log.warn(`consumer stopped (${payload.error.message}); starting a new one in ${delay} ms`);
      setTimeout(() => void this.restart(consumer, topics, failures + 1), delay).unref();
    });
    await consumer.connect();
    if (this.closing) return consumer.disconnect(); // closed while connecting: no consumer outlives close()
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      partitionsConsumedConcurrently: this.options.partitions,
      eachBatchAutoResolve: false,
      eachBatch: (p) => this.onBatch(p),
    });
  }

  private async restart(old: Consumer, topics: string[], failures: number) {
    if (this.closing) return;
    await old.disconnect().catch(() => undefined);
    if (this.closing) return; // closed meanwhile: start nothing new
    await this.consume(topics, failures).catch((error: unknown) => {
      this.log.warn(`consumer did not start (${String(error)}); trying again`);
      setTimeout(() => void this.restart(this.consumer!, topics, failures + 1), 5_000).unref();
    });
  }

  /** For readiness: false while the group is being joined, or when this service consumes nothing. */
  get consuming(): boolean {
    return this.joined;
  }

  /** Whether this service has event handlers at all. */
  get consumes(): boolean {
    return this.messageHandlers.size > 0;
  }

  /**
   * A batch of one partition, a chunk at a time: each chunk's envelopes are checked, the inbox is asked about
   * all of them in one read, their handlers run — one subject's events one after the other, in order, different
   * subjects side by side — and the handled ones go into the inbox in one write before the chunk's offsets are
   * resolved. A crash before that means those events come again: handlers' effects are idempotent (a change
   * carries its causing event), and the inbox then skips what it recorded.
   */
  private async onBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, heartbeat, resolveOffset, isRunning, isStale } = payload;
    for (let i = 0; i < batch.messages.length; i += chunkSize) {
      if (!isRunning() || isStale()) return;
      const messages = batch.messages.slice(i, i + chunkSize);
      await this.onChunk(batch.topic, batch.partition, messages, heartbeat);
      resolveOffset(messages.at(-1)!.offset);
      await heartbeat();
    }
  }

  private async onChunk(
    topic: string,
    partition: number,
    messages: KafkaMessage[],
    heartbeat: () => Promise<void>,
  ) {
    const accepted: Delivery[] = [];
    for (const message of messages) {
      const delivery = await this.accept(topic, partition, message);
      if (delivery) accepted.push(delivery);
    }
    const distinct = [...new Map(accepted.map((d) => [d.envelope.id, d])).values()]; // one event twice: once
    const seen = await this.inbox.claim(distinct.map((d) => d.envelope.id));
    const bySubject = new Map<string, Delivery[]>();
    for (const delivery of distinct) {
      if (seen.has(delivery.envelope.id)) continue;
      const key = delivery.message.key?.toString() ?? delivery.envelope.subject;
      (bySubject.get(key) ?? bySubject.set(key, []).get(key)!).push(delivery);
    }
    const handled: Delivery[] = [];
    try {
      await inParallel([...bySubject.values()], handlersInFlight, async (deliveries) => {
        for (const delivery of deliveries) {
          if (delivery.erased || (await this.handle(delivery, heartbeat))) handled.push(delivery);
        }
      });
    } finally {
      await this.inbox.add(handled.map((d) => ({ id: d.envelope.id, type: d.envelope.type })));
    }
  }

  /** The delivery to hand to a handler, or nothing: not ours, or dead-lettered as invalid. */
  private async accept(
    topic: string,
    partition: number,
    message: KafkaMessage,
  ): Promise<Delivery | undefined> {
    try {
      return await this.admission.admit(topic, partition, message);
    } catch (error) {
      if (!(error instanceof DeadLetterCause)) throw error;
      await this.deadLetters.send({ topic, partition, message }, error.reason, error, 0);
      return undefined;
    }
  }

  /** Runs the handler with bounded retries; true when it succeeded, false when the event was dead-lettered. */
  private async handle(delivery: Delivery, heartbeat: () => Promise<void>): Promise<boolean> {
    const { envelope, headers, pattern } = delivery;
    const context = {
      correlationId: envelope.correlationId,
      causationId: envelope.id,
      actor: envelope.actor,
      traceparent: childTraceParent(headers.traceparent),
    };
    const { attempts, initialDelayMs, maxDelayMs } = this.options.retry;
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        await messageContext.run(context, () => this.invoke(pattern, envelope));
        return true;
      } catch (error) {
        lastError = error;
        if (attempt < attempts)
          await this.backoff(Math.min(maxDelayMs, initialDelayMs * 2 ** (attempt - 1)), heartbeat);
      }
    }
    await this.deadLetters.send(delivery, 'handler.failed', lastError, attempts);
    return false;
  }

  private async invoke(pattern: string, envelope: EventEnvelope): Promise<void> {
    const handler = this.messageHandlers.get(pattern)!;
    await lastValueFrom(this.transformToObservable(await handler(envelope)), { defaultValue: undefined });
  }

  /** Waits between attempts, heartbeating so that the group does not take the partition away meanwhile. */
  private async backoff(ms: number, heartbeat: () => Promise<void>) {
    for (let left = ms; left > 0; left -= 1_000) {
      await sleep(Math.min(left, 1_000));
      await heartbeat();
    }
  }

  private purging?: NodeJS.Timeout;

  private purgeInboxHourly() {
    const purge = () =>
      void this.inbox
        .purge(new Date(Date.now() - this.options.inboxRetentionDays * 86_400_000))
        .catch((error: unknown) => this.log.warn(`inbox purge failed, next hour again: ${String(error)}`));
    this.purging = setInterval(purge, 3_600_000).unref();
  }

  async close(): Promise<void> {
    clearInterval(this.purging);
    this.closing = true;
    await this.consumer?.disconnect();
  }

  on(): never {
    throw new Error('KafkaEventServer has no events to listen to');
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }
}
