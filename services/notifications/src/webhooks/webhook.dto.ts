import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  MaxLength,
} from 'class-validator';
import { PageQueryDto } from '../page-query.dto.ts';
import { PURPOSE_CODES, type Purpose } from './purposes.ts';
import { WEBHOOK_DELIVERY_STATUSES, type WebhookDeliveryStatus } from './webhook-delivery.ts';

const urlRules = { protocols: ['https', 'http'], require_protocol: true, require_tld: false };

/** A partner's URL subscribed to event types. */
export class CreateWebhookDto {
  /** Where the events are POSTed: https (http only where the service allows it, for local runs). */
  @IsUrl(urlRules)
  @MaxLength(2_000)
  url!: string;

  /** Types of the events to send, e.g. `selection.tor.published`: events that notifications reads. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  eventTypes!: string[];

  /** Why the partner receives them: `figures` never gets a personal field, `contact-sync` may. */
  @ApiProperty({ enum: PURPOSE_CODES })
  @IsIn(PURPOSE_CODES)
  purpose!: Purpose;

  /** Who the partner is and what they do with the events, for staff. */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;
}

/**
 * The fields to change; the others stay as they are. Null is refused for what a subscription cannot be without;
 * `description: null` removes the description.
 */
export class UpdateWebhookDto extends PartialType(OmitType(CreateWebhookDto, ['description'] as const), {
  skipNullProperties: false,
}) {
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;
}

export class WebhookChangeDto {
  at!: string;
  /** The admin's user id, or `system` (disabled after repeated failure). */
  by!: string;
  change!: string;
}

/** A subscription, without its secret (shown once, when created or rotated). */
export class WebhookDto {
  id!: string;
  url!: string;
  eventTypes!: string[];
  @ApiProperty({ enum: PURPOSE_CODES })
  purpose!: Purpose;
  description!: string | null;
  enabled!: boolean;
  /** Why it is disabled (by an admin, or after repeated failure with the last answer); null while enabled. */
  disabledReason!: string | null;
  disabledAt!: string | null;
  createdAt!: string;
  /** Until when the secret before the last rotation still signs, beside the new one. */
  previousSecretUntil!: string | null;
  trail!: WebhookChangeDto[];
}

/** A subscription with its secret: answered once, when it is created or its secret rotated. */
export class WebhookWithSecretDto extends WebhookDto {
  /** `whsec_` and 32 bytes in base64 (Standard Webhooks): the key of the HMAC in `webhook-signature`. */
  secret!: string;
}

export class WebhookListDto {
  items!: WebhookDto[];
}

export class WebhookDeliveriesQueryDto extends PageQueryDto {}

export class WebhookAttemptDto {
  at!: string;
  /** The receiver's HTTP status; null when it did not answer (timeout, refused connection). */
  status!: number | null;
  /** The first 500 characters of its answer, or why there was none. */
  answer!: string;
}

export class WebhookDeliveryDto {
  id!: string;
  /** The event's id: the `webhook-id` header, the same on every attempt. */
  eventId!: string;
  eventType!: string;
  occurredAt!: string;
  @ApiProperty({ enum: WEBHOOK_DELIVERY_STATUSES })
  status!: WebhookDeliveryStatus;
  reason!: string | null;
  createdAt!: string;
  deliveredAt!: string | null;
  /** When it is tried next, while it waits. */
  dueAt!: string | null;
  attempts!: WebhookAttemptDto[];
}

export class WebhookDeliveryListDto {
  items!: WebhookDeliveryDto[];
}
