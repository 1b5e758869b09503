import { Module } from '@nestjs/common';
import { CvsController } from './cvs.controller.ts';
import { RegistrationsController } from './registrations.controller.ts';
import { RegistrationsService } from './registrations.service.ts';

/** The public registration form: CV upload, submission, e-mail verification (double opt-in). */
@Module({ controllers: [CvsController, RegistrationsController], providers: [RegistrationsService] })
export class RegistrationsModule {}
