import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.ts';
import { ReviewersController } from './reviewers.controller.ts';
import { UsersController } from './users.controller.ts';

@Module({ imports: [IdentityModule], controllers: [UsersController, ReviewersController] })
export class UsersModule {}
