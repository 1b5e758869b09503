import { Module } from '@nestjs/common';
import { ProgrammeController } from './programme.controller.ts';

/** `GET /api/v1/programme`: the gateway serves the programme definition itself (public). */
@Module({ controllers: [ProgrammeController] })
export class ProgrammeModule {}
