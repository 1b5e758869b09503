import { Module } from '@nestjs/common';
import { AttendanceModule } from '../attendance/attendance.module.ts';
import { CertificatePdfs } from './certificate-pdfs.ts';
import { CERTIFICATES_CONFIG, loadCertificatesConfig } from './certificates.config.ts';
import { CertificatesConsumer } from './certificates.consumer.ts';
import { CertificatesController } from './certificates.controller.ts';
import { CertificatesService } from './certificates.service.ts';
import { CourseResults } from './course-results.ts';
import { PublicCertificatesController } from './public-certificates.controller.ts';

/** Training certificates and certificates of service: issued, printed, verified, revoked. */
@Module({
  imports: [AttendanceModule],
  controllers: [CertificatesController, PublicCertificatesController, CertificatesConsumer],
  providers: [
    { provide: CERTIFICATES_CONFIG, useFactory: () => loadCertificatesConfig() },
    CertificatePdfs,
    CertificatesService,
    CourseResults,
  ],
})
export class CertificatesModule {}
