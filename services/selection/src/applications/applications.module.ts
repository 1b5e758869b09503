import { Module } from '@nestjs/common';
import { Members } from '../members/members.ts';
import { ApplicationClaims } from './application-claims.ts';
import { ApplicationsController } from './applications.controller.ts';
import { ApplicationsService } from './applications.service.ts';
import { MemberApplicationsController } from './member-applications.controller.ts';

@Module({
  controllers: [ApplicationsController, MemberApplicationsController],
  providers: [ApplicationsService, ApplicationClaims, Members],
  exports: [ApplicationsService, Members],
})
export class ApplicationsModule {}
