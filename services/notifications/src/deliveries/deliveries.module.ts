import { Module } from '@nestjs/common';
import { DeliveriesController } from './deliveries.controller.ts';
import { Sender } from './sender.ts';

@Module({ controllers: [DeliveriesController], providers: [Sender] })
export class DeliveriesModule {}
