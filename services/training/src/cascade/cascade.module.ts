import { Module } from '@nestjs/common';
import { CascadeController } from './cascade.controller.ts';
import { CascadeService } from './cascade.service.ts';

/** The cascade from trainer to trained teachers to their students (TotsModule is global). */
@Module({
  controllers: [CascadeController],
  providers: [CascadeService],
})
export class CascadeModule {}
