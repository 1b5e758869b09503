import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { acceptCsv } from '@ikiraro/service-defaults';
import { ImportsController } from './imports.controller.ts';
import { ImportsService } from './imports.service.ts';
import { ImportRuns } from './import-runs.ts';

@Module({ controllers: [ImportsController], providers: [ImportsService, ImportRuns] })
export class ImportsModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit() {
    acceptCsv(this.adapterHost.httpAdapter.getInstance<FastifyInstance>());
  }
}
