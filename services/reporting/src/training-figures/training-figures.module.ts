import { Module } from '@nestjs/common';
import { TrainingFiguresConsumer } from './training-figures.consumer.ts';
import { TrainingFiguresController } from './training-figures.controller.ts';

@Module({ controllers: [TrainingFiguresController, TrainingFiguresConsumer] })
export class TrainingFiguresModule {}
