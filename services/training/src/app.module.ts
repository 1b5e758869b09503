import { Module } from '@nestjs/common';
import { memberPerson, traineePerson } from '@ikiraro/contracts';
import { ServiceDefaultsModule } from '@ikiraro/service-defaults';
import { FEEDBACK, feedbackPersonal } from './assessment/assessment.ts';
import { AssessmentModule } from './assessment/assessment.module.ts';
import { AttendanceModule } from './attendance/attendance.module.ts';
import { CASCADE, CASCADE_SESSIONS, cascadePersonal } from './cascade/cascade.ts';
import { CascadeModule } from './cascade/cascade.module.ts';
import { CERTIFICATE, type Certificate, certificateFields } from './certificates/certificate.ts';
import { CertificatesModule } from './certificates/certificates.module.ts';
import { TRAINEE, traineeFields } from './trainees/trainee.ts';
import { TOT, totFields } from './tots/tot.ts';
import { TotsModule } from './tots/tots.module.ts';
import openApi from './openapi.metadata.ts';

/**
 * Training: the Training of Trainers each professional gives at their host IPRC, from the accepted placement to
 * the certificates, with its sessions, attendance, assessment and cascade. It consumes placement's events;
 * reporting and notifications act on its own.
 */
@Module({
  imports: [
    ServiceDefaultsModule.forRoot({
      service: 'training',
      openApi,
      projections: { [TOT]: 'tots', [TRAINEE]: 'trainees', [CASCADE]: CASCADE_SESSIONS },
      personal: {
        [TOT]: { person: (state: { memberId: string }) => memberPerson(state.memberId), fields: totFields },
        [TRAINEE]: { person: (_state, id) => traineePerson(id), fields: traineeFields },
        [FEEDBACK]: feedbackPersonal,
        [CASCADE]: cascadePersonal,
        [CERTIFICATE]: {
          person: (state: Certificate) =>
            state.kind === 'service' ? memberPerson(state.holderId) : traineePerson(state.holderId),
          fields: certificateFields,
        },
      },
    }),
    TotsModule,
    AttendanceModule,
    AssessmentModule,
    CascadeModule,
    CertificatesModule,
  ],
})
export class AppModule {}
