import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import { kindOf } from './assessment.rules.ts';
import { AssessmentService } from './assessment.service.ts';
import { QuestionsDto, ScoresDto } from './assessment.dto.ts';
import type { AssessmentView } from './assessment-view.dto.ts';
import { viewOf } from './assessment.view.ts';

/** A ToT's assessment, for its trainer and staff (a focal point: their IPRC's); changed while the course runs. */
@ApiTags('training')
@Controller('tots/:id')
export class AssessmentController {
  constructor(private readonly assessment: AssessmentService) {}

  /** Questions with their answers, both tests, each trainee's scores and gain, the cohort's and each sex's, the survey. */
  @Get('assessment')
  async get(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<AssessmentView> {
    return viewOf(await this.assessment.data(id, caller));
  }

  /** The question set of both tests, replaced whole; until a trainee took a test on their phone. */
  @Put('assessment/questions')
  async setQuestions(
    @Param('id') id: string,
    @Body() dto: QuestionsDto,
    @CurrentCaller() caller: Caller,
  ): Promise<AssessmentView> {
    await this.assessment.setQuestions(id, dto.questions, caller);
    return this.get(id, caller);
  }

  /** Opens the pre- or post-test: trainees take it on their phones with their code. */
  @Post('assessment/:kind/open')
  @HttpCode(200)
  async open(
    @Param('id') id: string,
    @Param('kind') kind: string,
    @CurrentCaller() caller: Caller,
  ): Promise<AssessmentView> {
    await this.assessment.openTest(id, kindOf(kind), caller);
    return this.get(id, caller);
  }

  @Post('assessment/:kind/close')
  @HttpCode(200)
  async close(
    @Param('id') id: string,
    @Param('kind') kind: string,
    @CurrentCaller() caller: Caller,
  ): Promise<AssessmentView> {
    await this.assessment.closeTest(id, kindOf(kind), caller);
    return this.get(id, caller);
  }

  /** Scores entered by hand (a test on paper); a score taken on a phone is kept. */
  @Put('assessment/:kind/scores')
  async scores(
    @Param('id') id: string,
    @Param('kind') kind: string,
    @Body() dto: ScoresDto,
    @CurrentCaller() caller: Caller,
  ): Promise<AssessmentView> {
    await this.assessment.enterScores(id, kindOf(kind), dto.scores, caller);
    return this.get(id, caller);
  }

  /**
   * Closes the course: planned sessions are cancelled, open tests closed, and the cohort's learning gain is
   * published (`training.assessment.completed`); certificates follow from it.
   */
  @Post('close')
  @HttpCode(200)
  async closeCourse(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<AssessmentView> {
    await this.assessment.close(id, caller);
    return this.get(id, caller);
  }
}
