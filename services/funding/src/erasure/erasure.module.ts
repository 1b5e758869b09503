import { Module } from '@nestjs/common';
import { AwardsModule } from '../awards/awards.module.ts';
import { ErasureConsumer } from './erasure.consumer.ts';

/** A member's erasure in funding: what it held of them made unreadable, and its receipt. */
@Module({ imports: [AwardsModule], controllers: [ErasureConsumer] })
export class ErasureModule {}
