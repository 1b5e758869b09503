import { useTranslation } from 'react-i18next';
import { useDates } from '../../ui/dates.ts';
import type { Verification } from './trainee.api.ts';

/** A certificate as anyone may read it: valid or revoked (when and why), holder, course, IPRC, dates, issue day. */
export function CertificateFacts({ certificate }: { certificate: Verification }) {
  const { t } = useTranslation();
  const { day, period } = useDates();
  const revoked = certificate.status === 'revoked';
  return (
    <>
      <p role="status" className={revoked ? 'alert alert--error' : 'notice notice--success'}>
        {revoked
          ? t('trainee.certificate.revoked', { date: day(certificate.revokedOn) })
          : t(`trainee.certificate.valid.${certificate.kind}`)}
      </p>
      <dl className="facts">
        {revoked && (
          <>
            <dt>{t('trainee.certificate.reason')}</dt>
            <dd>{certificate.revocationReason ?? t('common.none')}</dd>
          </>
        )}
        <dt>{t('trainee.certificate.holder')}</dt>
        <dd>{certificate.name ?? t('trainee.certificate.erased')}</dd>
        <dt>{t('trainee.certificate.course')}</dt>
        <dd>{certificate.course}</dd>
        <dt>{t('trainee.certificate.iprc')}</dt>
        <dd>{certificate.iprc}</dd>
        <dt>{t('trainee.certificate.dates')}</dt>
        <dd>{period(certificate.period.start, certificate.period.end)}</dd>
        <dt>{t('trainee.certificate.issuedOn')}</dt>
        <dd>{day(certificate.issuedOn)}</dd>
      </dl>
    </>
  );
}
