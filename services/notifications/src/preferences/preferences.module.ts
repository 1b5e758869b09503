import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { acceptRawBody } from '@ikiraro/service-defaults';
import type { FastifyInstance } from 'fastify';
import { PreferencesController } from './preferences.controller.ts';

/** What a one-click unsubscribe may carry: its body says nothing the address does not, so it is not kept. */
const ONE_CLICK_BODIES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

@Module({ controllers: [PreferencesController] })
export class PreferencesModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit() {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    for (const type of ONE_CLICK_BODIES) acceptRawBody(fastify, type, 1_024, () => ({}));
  }
}
