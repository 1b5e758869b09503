import { Module } from '@nestjs/common';
import { AssessmentController } from './assessment.controller.ts';
import { AssessmentService } from './assessment.service.ts';
import { PublicAssessmentController } from './public-assessment.controller.ts';

/** Pre- and post-tests, learning gain, the end-of-course survey and the course's close (TotsModule is global). */
@Module({
  controllers: [AssessmentController, PublicAssessmentController],
  providers: [AssessmentService],
  exports: [AssessmentService],
})
export class AssessmentModule {}
