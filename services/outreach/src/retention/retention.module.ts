import { Module } from '@nestjs/common';
import { RegistrationsModule } from '../registrations/registrations.module.ts';
import { RetentionService } from './retention.service.ts';

/** Scheduled deletion of what outreach keeps only for a while (see `RetentionService`). */
@Module({ imports: [RegistrationsModule], providers: [RetentionService], exports: [RetentionService] })
export class RetentionModule {}
