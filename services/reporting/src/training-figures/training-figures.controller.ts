import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AggregateStore } from '@ikiraro/messaging';
import { count, countsBy, figuresBy } from '../figures.schema.ts';
import { IprcFigures } from '../iprc-figures.ts';
import { noTrainingFigures, TRAINING_FIGURES, type TrainingFigures } from './training-figures.ts';

const percent = (description: string) => ({ type: 'number', minimum: 0, maximum: 100, description });

@ApiTags('figures')
@Controller('figures/training')
export class TrainingFiguresController {
  private readonly figures;

  constructor(store: AggregateStore) {
    this.figures = new IprcFigures<TrainingFigures>(store, TRAINING_FIGURES, noTrainingFigures);
  }

  /**
   * Per host IPRC: Trainings of Trainers opened and cancelled, sessions held and attendances by sex, trainers
   * trained (training certificates issued, less those revoked) by sex, certificates of service, the cascade to
   * the trainers' own students, and the learning gain of each closed ToT with their mean.
   */
  @Get()
  @ApiOkResponse({
    schema: figuresBy('IPRC', {
      totsOpened: count('Trainings of Trainers opened (one per accepted placement).'),
      totsCancelled: count('ToTs cancelled with their placement.'),
      sessionsHeld: count('Sessions whose register was closed.'),
      attendancesBySex: countsBy('Gender → trainees present or late, summed over the sessions held.'),
      trainersTrained: count('Training certificates issued and not revoked.'),
      trainersTrainedBySex: countsBy('Gender → trainers trained.'),
      certificatesOfService: count("Professionals' certificates of service issued and not revoked."),
      cascadeSessions: count('Sessions the trained teachers gave their own students.'),
      studentsReachedBySex: countsBy('Gender → students reached by the cascade, summed over its sessions.'),
      learningGainByTot: {
        type: 'object',
        description: "ToT id → its cohort's learning from the pre- and post-tests, once the ToT closed.",
        additionalProperties: {
          type: 'object',
          required: ['trainees'],
          properties: {
            trainees: count('Trainees who took both tests.'),
            pre: percent('Mean pre-test score.'),
            post: percent('Mean post-test score.'),
            gain: { type: 'number', maximum: 1, description: '(post − pre) / (100 − pre) of the means.' },
          },
        },
      },
      meanGain: {
        type: 'number',
        nullable: true,
        description: "Mean of the ToTs' normalised gains, each ToT once; null before any.",
      },
    }),
  })
  byIprc(): Promise<Record<string, TrainingFigures>> {
    return this.figures.byIprc();
  }
}
