import { Module } from '@nestjs/common';
import { ErasureModule } from '../erasure/erasure.module.ts';
import { MemberTokens } from './member-tokens.ts';
import { OpenTorsConsumer } from './open-tors.consumer.ts';
import { OpenTorsController } from './open-tors.controller.ts';
import { SelfServiceController } from './self-service.controller.ts';
import { SelfServiceService } from './self-service.service.ts';

@Module({
  imports: [ErasureModule],
  controllers: [SelfServiceController, OpenTorsController, OpenTorsConsumer],
  providers: [MemberTokens, SelfServiceService],
})
export class SelfServiceModule {}
