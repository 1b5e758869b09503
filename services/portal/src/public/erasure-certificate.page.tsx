import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiProblem } from '../api/http.ts';
import { useQuery } from '../api/use-query.ts';
import { CertificateView } from '../erasure/certificate-view.tsx';
import { type Certificate, erasureApi, untilComplete } from '../erasure/erasure.api.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';

/**
 * `/erasure-certificate?id=…`: the link a person gets when they withdraw (or from staff who erased them on
 * request). Anyone with the link sees the same, and it names nobody; it follows the services' confirmations as
 * they arrive, until the erasure is complete.
 */
export function ErasureCertificatePage() {
  const { t } = useTranslation();
  const id = useSearchParams()[0].get('id');
  if (!id) return <Missing text={t('public.certificate.missingId')} />;
  return <PublicCertificate id={id} />;
}

function PublicCertificate({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, error, reload } = useQuery<Certificate>(erasureApi.publicPath(id), {
    load: erasureApi.loadPublic,
    refetchInterval: untilComplete,
  });
  // A malformed id (400) is as unknown as a well-formed one nobody was given (404).
  if (error instanceof ApiProblem && (error.status === 404 || error.status === 400))
    return <Missing text={t('public.certificate.notFound')} />;
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  return (
    <Page title={t('public.certificate.title')}>
      <p>{t('public.certificate.intro')}</p>
      <CertificateView certificate={data} />
    </Page>
  );
}

function Missing({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t('public.certificate.missingTitle')}>
      <div role="alert" className="alert alert--error">
        <p>{text}</p>
      </div>
    </Page>
  );
}
