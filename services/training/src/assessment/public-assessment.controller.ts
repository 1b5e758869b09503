import { Body, Controller, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import { kindOf } from './assessment.rules.ts';
import { AssessmentService } from './assessment.service.ts';
import { AnswersDto, FeedbackDto } from './assessment.dto.ts';
import type { FeedbackReceivedView, PublicTestView, TestScoreView } from './assessment-view.dto.ts';
import { publicTestOf } from './assessment.view.ts';

export const TRAINEE_CODE = 'x-trainee-code';
export const traineeCodeHeader = {
  name: TRAINEE_CODE,
  description: 'The trainee’s personal code (from their trainer), in place of a password.',
  required: true,
};

/** Tests and the survey on a trainee's phone: no account, their personal code in `x-trainee-code`. */
@ApiTags('training')
@Controller('public')
export class PublicAssessmentController {
  constructor(private readonly assessment: AssessmentService) {}

  /** The test's state; while it is open and not yet taken, its questions (without the answers). */
  @Get('tests/:kind')
  @ApiHeader(traineeCodeHeader)
  async test(@Param('kind') kind: string, @Headers(TRAINEE_CODE) code?: string): Promise<PublicTestView> {
    const test = kindOf(kind);
    const { trainee, tot, assessment } = await this.assessment.forTrainee(code);
    return publicTestOf(tot.state, assessment, test, trainee.id);
  }

  /** Their answers, once per test: their score in percent. */
  @Post('tests/:kind')
  @HttpCode(200)
  @ApiHeader(traineeCodeHeader)
  async take(
    @Param('kind') kind: string,
    @Body() dto: AnswersDto,
    @Headers(TRAINEE_CODE) code?: string,
  ): Promise<TestScoreView> {
    const test = kindOf(kind);
    return { kind: test, score: await this.assessment.take(code, test, dto.answers) };
  }

  /** The end-of-course survey, once, from the opening of the post-test. */
  @Post('feedback')
  @ApiHeader(traineeCodeHeader)
  async feedback(
    @Body() dto: FeedbackDto,
    @Headers(TRAINEE_CODE) code?: string,
  ): Promise<FeedbackReceivedView> {
    await this.assessment.giveFeedback(code, dto);
    return { received: true };
  }
}
