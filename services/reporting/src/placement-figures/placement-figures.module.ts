import { Module } from '@nestjs/common';
import { PlacementFiguresConsumer } from './placement-figures.consumer.ts';
import { PlacementFiguresController } from './placement-figures.controller.ts';

@Module({ controllers: [PlacementFiguresController, PlacementFiguresConsumer] })
export class PlacementFiguresModule {}
