import { Module } from '@nestjs/common';
import { PublicTorsController } from './public-tors.controller.ts';
import { TorsController } from './tors.controller.ts';
import { TorsService } from './tors.service.ts';

@Module({
  controllers: [TorsController, PublicTorsController],
  providers: [TorsService],
  exports: [TorsService],
})
export class TorsModule {}
