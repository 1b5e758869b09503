import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.ts';
import { BalanceController } from './balance.controller.ts';

@Module({ imports: [ApplicationsModule], controllers: [BalanceController] })
export class BalanceModule {}
