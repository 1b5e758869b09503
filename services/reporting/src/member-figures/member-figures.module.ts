import { Module } from '@nestjs/common';
import { MemberFiguresConsumer } from './member-figures.consumer.ts';
import { MemberFiguresController } from './member-figures.controller.ts';

@Module({ controllers: [MemberFiguresController, MemberFiguresConsumer] })
export class MemberFiguresModule {}
