import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.ts';
import { ReportController } from './report.controller.ts';

@Module({ imports: [ApplicationsModule], controllers: [ReportController] })
export class ReportModule {}
