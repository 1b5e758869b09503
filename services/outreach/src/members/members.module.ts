import { Module } from '@nestjs/common';
import { MembersController } from './members.controller.ts';
import { MembersService } from './members.service.ts';

/** Staff's view of registrants: search, profile, export. */
@Module({ controllers: [MembersController], providers: [MembersService], exports: [MembersService] })
export class MembersModule {}
