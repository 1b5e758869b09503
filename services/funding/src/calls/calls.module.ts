import { Module } from '@nestjs/common';
import { CallsController } from './calls.controller.ts';
import { CallsService } from './calls.service.ts';
import { CohortsConsumer } from './cohorts.consumer.ts';
import { CohortsController } from './cohorts.controller.ts';
import { CohortsService } from './cohorts.service.ts';
import { InvitationsService } from './invitations.service.ts';
import { PublicInvitationController } from './public-invitation.controller.ts';

/** Calls for pilot proposals, the finished ToTs (cohorts) whose teams they invite, and the invitations. */
@Module({
  controllers: [CallsController, CohortsController, PublicInvitationController, CohortsConsumer],
  providers: [CallsService, CohortsService, InvitationsService],
  exports: [InvitationsService, CallsService],
})
export class CallsModule {}
