import { Injectable } from '@nestjs/common';
import { AggregateStore } from '@ikiraro/messaging';
import { ASSESSMENT, type Assessment } from '../assessment/assessment.ts';
import { scoresOf } from '../assessment/assessment.rules.ts';
import { Attendance } from '../attendance/attendance.ts';
import type { TraineeResult } from './certificate.rules.ts';

/** What certificates read of a closed course: attendance's shares and assessment's post-test scores, per trainee. */
@Injectable()
export class CourseResults {
  private readonly assessments;

  constructor(
    private readonly attendance: Attendance,
    store: AggregateStore,
  ) {
    this.assessments = store.of<Assessment>(ASSESSMENT);
  }

  async of(totId: string): Promise<Map<string, TraineeResult>> {
    const [shares, assessment] = await Promise.all([
      this.attendance.attendanceShares(totId),
      this.assessments.load(totId),
    ]);
    return new Map(
      [...shares].map(([traineeId, attendanceShare]) => [
        traineeId,
        {
          attendanceShare,
          postTestScore: assessment ? scoresOf(assessment.state, traineeId).post : undefined,
        },
      ]),
    );
  }
}
