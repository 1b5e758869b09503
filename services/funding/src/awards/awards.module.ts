import { Module } from '@nestjs/common';
import { CallsModule } from '../calls/calls.module.ts';
import { AwardsController } from './awards.controller.ts';
import { AwardsService } from './awards.service.ts';
import { AwardEvidence } from './evidence.ts';
import { MentorsConsumer } from './mentors.consumer.ts';
import { MentorsController } from './mentors.controller.ts';
import { MentorsService } from './mentors.service.ts';
import { PublicAwardController } from './public-award.controller.ts';

/** Awards paid in tranches against milestones; made from review's decision by outcomes/ (AwardsService.awarded). */
@Module({
  imports: [CallsModule],
  controllers: [AwardsController, PublicAwardController, MentorsController, MentorsConsumer],
  providers: [AwardsService, AwardEvidence, MentorsService],
  exports: [AwardsService, MentorsService],
})
export class AwardsModule {}
