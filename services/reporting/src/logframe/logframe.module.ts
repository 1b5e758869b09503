import { Global, Module } from '@nestjs/common';
import { ErasureConsumer } from './erasure.consumer.ts';
import { FactsConsumer } from './facts.consumer.ts';
import { Facts } from './facts.ts';
import { LogframeController } from './logframe.controller.ts';
import { LogframeService } from './logframe.service.ts';

/** The logframe's facts (global: every feeding event's handler records them), figures and sources. */
@Global()
@Module({
  controllers: [LogframeController, FactsConsumer, ErasureConsumer],
  providers: [Facts, LogframeService],
  exports: [Facts, LogframeService],
})
export class LogframeModule {}
