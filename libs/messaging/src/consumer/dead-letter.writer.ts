import { Logger } from '@nestjs/common';
import type { KafkaMessage } from 'kafkajs';
import { v7 as uuidv7 } from 'uuid';
import type { KafkaConnection } from '../kafka.connection.ts';
import { type DeadLetter, type DeadLetterReason, headersToStrings } from './dead-letter.ts';

/** Where a message sits on its source topic. */
export interface SourceMessage {
  topic: string;
  partition: number;
  message: KafkaMessage;
}

/**
 * Writes what a consumer group could not handle to its dead-letter topic: the message exactly as it was, with
 * why and where from, so that it can be read and replayed (`dead-letters.ts`). Acknowledged by all in-sync
 * replicas: only then may the source offset be committed.
 */
export class DeadLetterWriter {
  private readonly log = new Logger('KafkaEventServer');

  constructor(
    private readonly connection: KafkaConnection,
    readonly topic: string,
  ) {}

  async send(source: SourceMessage, reason: DeadLetterReason, error: unknown, attempts: number) {
    const { topic, partition, message } = source;
    const letter: DeadLetter = {
      kind: 'dead-letter',
      id: uuidv7(),
      group: this.connection.groupId,
      reason,
      error:
        error instanceof Error
          ? { name: error.name, message: error.message }
          : { name: 'Error', message: String(error) },
      attempts,
      failedAt: new Date().toISOString(),
      source: {
        topic,
        partition,
        offset: message.offset,
        key: message.key?.toString() ?? null,
        headers: headersToStrings(message.headers),
      },
      value: message.value?.toString() ?? '',
    };
    const producer = await this.connection.producer();
    await producer.send({
      topic: this.topic,
      acks: -1,
      messages: [{ key: letter.id, value: JSON.stringify(letter) }],
    });
    this.log.error(
      `dead-lettered ${letter.source.topic}@${letter.source.partition}:${letter.source.offset} (${reason}): ${letter.error.message}`,
    );
  }
}
