import { Global, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { acceptCsv, SERVICE_CONFIG, type ServiceConfig } from '@ikiraro/service-defaults';
import { TraineesController } from '../trainees/trainees.controller.ts';
import { TraineesService } from '../trainees/trainees.service.ts';
import { loadTrainingConfig, TRAINING_CONFIG } from '../training.config.ts';
import { TRAINING_TOKENS, trainingTokens } from '../training-tokens.ts';
import { PlacementConsumer } from './placement.consumer.ts';
import { TotsController } from './tots.controller.ts';
import { TotsService } from './tots.service.ts';

/** ToTs and their trainees, with what every other feature of training needs (config, tokens). */
@Global()
@Module({
  controllers: [TotsController, TraineesController, PlacementConsumer],
  providers: [
    { provide: TRAINING_CONFIG, useFactory: () => loadTrainingConfig() },
    {
      provide: TRAINING_TOKENS,
      inject: [SERVICE_CONFIG],
      useFactory: (service: ServiceConfig) => trainingTokens(service.PERSONAL_DATA_KEY),
    },
    TotsService,
    TraineesService,
  ],
  exports: [TRAINING_CONFIG, TRAINING_TOKENS, TotsService, TraineesService],
})
export class TotsModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit() {
    acceptCsv(this.adapterHost.httpAdapter.getInstance<FastifyInstance>(), 2 * 1024 * 1024);
  }
}
