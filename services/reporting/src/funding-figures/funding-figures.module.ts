import { Module } from '@nestjs/common';
import { FundingFiguresConsumer } from './funding-figures.consumer.ts';
import { FundingFiguresController } from './funding-figures.controller.ts';

@Module({ controllers: [FundingFiguresController, FundingFiguresConsumer] })
export class FundingFiguresModule {}
