import { JSONSchema } from 'class-validator-jsonschema';
import { IsISO8601, IsInt, IsObject, IsUUID, Matches, Min, ValidateBy } from 'class-validator';
import type { EventEnvelope } from './event-contract.ts';
import { IsText } from './field-rules.ts';

/**
 * The envelope of every message on Kafka (architecture.md), as a class so that it is validated the same way as
 * the payloads and documented from the same rules. `EventEnvelope<T>` in event-contract.ts is its type.
 */
export class EventEnvelopeSchema implements EventEnvelope<object> {
  /** Unique id of this event; producers mint UUIDv7 (time-ordered), any UUID is accepted. Consumers' inbox key. */
  @IsUUID('all')
  id!: string;

  /** The event type, `<service>.<aggregate>.<verb>`, e.g. `outreach.member.registered`. */
  @Matches(/^[a-z]+(\.[a-z-]+){2}$/)
  type!: string;

  /** Version of the payload schema of `type`; starts at 1. */
  @IsInt()
  @Min(1)
  version!: number;

  /** When the fact happened, ISO-8601 in UTC (`Z`), e.g. `2026-03-01T09:30:00.000Z`. */
  @IsISO8601({ strict: true })
  @Matches(/Z$/, { message: 'occurredAt must be in UTC, ending in Z' })
  @JSONSchema(() => ({ type: 'string', format: 'date-time', pattern: 'Z$' }))
  occurredAt!: string;

  /** The producing service, the first segment of `type`, e.g. `outreach`. */
  @Matches(/^[a-z]+$/)
  producer!: string;

  /** Id of the aggregate the event is about; also the Kafka key, so one aggregate's events stay in order. */
  @IsText(200)
  subject!: string;

  /** Id shared by everything that one user action set off, across services; on every log line. */
  @IsText(200)
  correlationId!: string;

  /** Id of the event that caused this one, or null when a user action or a timer did. Always present. */
  @ValidateBy({
    name: 'isStringOrNull',
    validator: {
      validate: (value) =>
        value === null || (typeof value === 'string' && value.length >= 1 && value.length <= 200),
      defaultMessage: () => 'causationId must be null or a string of 1 to 200 characters',
    },
  })
  // ValidateBy says nothing to the schema generator; this keeps the property required and nullable.
  @JSONSchema(() => ({ oneOf: [{ type: 'string', minLength: 1, maxLength: 200 }, { type: 'null' }] }))
  causationId!: string | null;

  /** Who did it: a user id, or `system` for scheduled and automatic work. */
  @IsText(200)
  actor!: string;

  /** The payload, valid against the schema of `type` at `version`. */
  @IsObject()
  data!: object;
}
