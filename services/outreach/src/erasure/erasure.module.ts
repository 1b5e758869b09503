import { Module } from '@nestjs/common';
import { MemberTokens } from '../self-service/member-tokens.ts';
import { ErasureController } from './erasure.controller.ts';
import { ErasureService } from './erasure.service.ts';
import { ReceiptsConsumer } from './receipts.consumer.ts';

/** Erasure of a person everywhere, on request or withdrawal, and its certificate. */
@Module({
  controllers: [ErasureController, ReceiptsConsumer],
  providers: [ErasureService, MemberTokens],
  exports: [ErasureService],
})
export class ErasureModule {}
