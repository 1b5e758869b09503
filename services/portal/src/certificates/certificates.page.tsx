import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { localised } from '../assessment/training-problem.ts';
import { useAllows } from '../auth/use-session.ts';
import { DataTable } from '../ui/data-table.tsx';
import { DownloadButton } from '../ui/download-button.tsx';
import { useDates } from '../ui/dates.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import {
  type Certificate,
  certificateAccess,
  type CertificateList,
  certificatesApi,
} from './certificates.api.ts';
import { RevokeForm } from './revoke.form.tsx';

/**
 * Certificates for staff: one ToT's (`?totId=`) or every one the caller may see; each one's PDF, and revocation
 * with a reason for the programme manager and the admin.
 */
export function CertificatesPage() {
  const { t } = useTranslation();
  const can = useAllows();
  const [params] = useSearchParams();
  const totId = params.get('totId')?.trim() || undefined;
  const { data, error, loading, reload, update } = useQuery<CertificateList>(certificatesApi.list(totId));
  const [revoking, setRevoking] = useState<Certificate>();
  const [done, setDone] = useState<string>();
  const mayRevoke = can(certificateAccess.revoke);
  return (
    <Page title={t(totId ? 'certificates.titleOfTot' : 'certificates.title')}>
      <p>{t('certificates.intro')}</p>
      {totId && (
        <p>
          <Link to={`/tots/${encodeURIComponent(totId)}`}>{t('certificates.backToTot')}</Link>
          {' · '}
          <Link to="/certificates">{t('certificates.all')}</Link>
        </p>
      )}
      <div role="status">{done && <p className="notice notice--success">{done}</p>}</div>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      <div aria-busy={loading}>
        {data ? (
          <CertificatesTable
            certificates={data.items}
            mayRevoke={mayRevoke}
            onRevoke={(certificate) => {
              setDone(undefined);
              setRevoking(certificate);
            }}
          />
        ) : (
          !error && <Loading />
        )}
      </div>
      {revoking && (
        <RevokeForm
          key={revoking.id}
          certificate={revoking}
          onCancel={() => setRevoking(undefined)}
          onRevoked={(revoked) => {
            update((list) => ({
              items: list.items.map((item) => (item.id === revoked.id ? revoked : item)),
            }));
            setRevoking(undefined);
            setDone(t('certificates.revoke.done', { holder: revoked.name ?? t('certificates.erased') }));
          }}
        />
      )}
    </Page>
  );
}

function CertificatesTable(props: {
  certificates: readonly Certificate[];
  mayRevoke: boolean;
  onRevoke: (certificate: Certificate) => void;
}) {
  const { t } = useTranslation();
  const { day } = useDates();
  return (
    <DataTable
      rows={props.certificates}
      rowKey={(certificate) => certificate.id}
      caption={t('certificates.caption')}
      empty={t('certificates.empty')}
      columns={[
        {
          header: t('certificates.holder'),
          rowHeader: true,
          sortBy: (certificate) => certificate.name,
          cell: (certificate) => certificate.name ?? t('certificates.erased'),
        },
        {
          header: t('certificates.kind'),
          cell: (certificate) => t(`certificates.kinds.${certificate.kind}`),
        },
        {
          header: t('certificates.course'),
          sortBy: (c) => c.course,
          cell: (certificate) => certificate.course,
        },
        {
          header: t('certificates.issuedOn'),
          sortBy: (certificate) => certificate.issuedOn,
          cell: (certificate) => day(certificate.issuedOn),
        },
        {
          header: t('certificates.status'),
          sortBy: (certificate) => certificate.status,
          cell: (certificate) => (
            <>
              <span className={`badge badge--${certificate.status}`}>
                {t(`certificates.statuses.${certificate.status}`)}
              </span>
              {certificate.revokedOn && (
                <> {t('certificates.revokedOn', { day: day(certificate.revokedOn) })}</>
              )}
            </>
          ),
        },
        {
          header: t('certificates.actions'),
          cell: (certificate) => (
            <div className="actions">
              <Download certificate={certificate} />
              {props.mayRevoke && certificate.status === 'valid' && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => props.onRevoke(certificate)}
                >
                  {t('certificates.revoke.button', { holder: certificate.name ?? t('certificates.erased') })}
                </button>
              )}
            </div>
          ),
        },
      ]}
    />
  );
}

/** The certificate as printed, saved as a file. */
function Download({ certificate }: { certificate: Certificate }) {
  const { t } = useTranslation();
  return (
    <DownloadButton
      label={t('certificates.download', { holder: certificate.name ?? t('certificates.erased') })}
      file={() => certificatesApi.pdf(certificate.id)}
      name={`certificate-${certificate.verificationCode}.pdf`}
      problemOf={(failure) => localised('certificates', failure)}
    />
  );
}
