import { Module } from '@nestjs/common';
import { CvStore } from './cv-store.ts';
import { CvsController } from './cvs.controller.ts';
import { RegistrationsController } from './registrations.controller.ts';
import { RegistrationsService } from './registrations.service.ts';

/** The public registration form: CV upload, submission, e-mail verification (double opt-in). */
@Module({
  controllers: [CvsController, RegistrationsController],
  providers: [RegistrationsService, CvStore],
  exports: [RegistrationsService, CvStore],
})
export class RegistrationsModule {}
