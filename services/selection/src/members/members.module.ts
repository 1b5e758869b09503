import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.ts';
import { MembersConsumer } from './members.consumer.ts';

@Module({
  imports: [ApplicationsModule],
  controllers: [MembersConsumer],
})
export class MembersModule {}
