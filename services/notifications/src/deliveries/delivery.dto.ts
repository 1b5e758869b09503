import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { PageQueryDto } from '../page-query.dto.ts';
import { DELIVERY_STATUSES, type DeliveryStatus } from './delivery.ts';

/** Search in the delivery log: every filter optional, newest first. */
export class DeliverySearchDto extends PageQueryDto {
  /** The recipient's address (matched on its keyed hash: the log keeps no address in clear). */
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  address?: string;

  @ApiPropertyOptional({ enum: DELIVERY_STATUSES })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;

  /** A template name, e.g. `application-shortlisted`. */
  @IsOptional()
  @IsString()
  @Length(1, 80)
  template?: string;

  /** The event that caused the messages. */
  @IsOptional()
  @IsString()
  @Length(1, 64)
  eventId?: string;
}

export class AttemptDto {
  at!: string;
  outcome!: 'sent' | 'refused' | 'unreachable';
  /** The mail server's answer, as it gave it (or why it could not be reached). */
  answer!: string;
}

export class DeliveryEventDto {
  id!: string;
  type!: string;
  occurredAt!: string;
}

/** One message of the log. `to` and `subject` are null before it was addressed, and once the person is erased. */
export class DeliveryDto {
  id!: string;
  template!: string;
  category!: string;
  status!: DeliveryStatus;
  reason!: string | null;
  to!: string | null;
  subject!: string | null;
  locale!: string | null;
  event!: DeliveryEventDto;
  createdAt!: string;
  sentAt!: string | null;
  /** When it is tried next, while it is queued or retrying. */
  dueAt!: string | null;
  attempts!: AttemptDto[];
}

export class DeliveryListDto {
  items!: DeliveryDto[];
}
