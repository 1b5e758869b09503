import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.ts';
import { UsersController } from './users.controller.ts';

@Module({ imports: [IdentityModule], controllers: [UsersController] })
export class UsersModule {}
