import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiProblem } from '../../api/http.ts';
import { useQuery } from '../../api/use-query.ts';
import { FormAlert } from '../../ui/form-alert.tsx';
import { saveFile } from '../../ui/save-file.ts';
import { type OwnCertificate, traineeApi } from './trainee.api.ts';
import { CertificateFacts } from './certificate-facts.tsx';
import { localised, traineeMessage } from './trainee-problem.ts';

/** The trainee's certificate once issued: what a verifier sees, the code to share, the PDF. */
export function OwnCertificateSection({ code }: { code: string }) {
  const { t } = useTranslation();
  const { data, error } = useQuery<OwnCertificate>(traineeApi.certificateKey(code), {
    load: traineeApi.certificate(code),
  });
  const notYet = error instanceof ApiProblem && error.code === 'certificate.not_found';
  return (
    <section className="card" aria-labelledby="certificate-heading">
      <h2 id="certificate-heading">{t('trainee.certificate.heading')}</h2>
      {data ? (
        <>
          <CertificateFacts certificate={data} />
          <p>
            {t('trainee.certificate.code')} <strong className="secret">{data.verificationCode}</strong>
          </p>
          <p>{t('trainee.certificate.share')}</p>
          <p>
            <Link to={`/certificate?code=${encodeURIComponent(data.verificationCode)}`}>
              {t('trainee.certificate.check')}
            </Link>
          </p>
          <Download code={code} verificationCode={data.verificationCode} />
        </>
      ) : notYet ? (
        <p>{t('trainee.certificate.none')}</p>
      ) : error ? (
        <p role="alert">{traineeMessage(error)}</p>
      ) : null}
    </section>
  );
}

function Download({ code, verificationCode }: { code: string; verificationCode: string }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const download = () => {
    if (pending) return;
    setPending(true);
    setError(null);
    traineeApi
      .certificatePdf(code)
      .then((file) => saveFile(file, `certificate-${verificationCode}.pdf`))
      .catch((failure: unknown) => setError(localised(failure)))
      .finally(() => setPending(false));
  };
  return (
    <>
      <FormAlert error={error} />
      <button type="button" className="button" aria-disabled={pending || undefined} onClick={download}>
        {t('trainee.certificate.download')}
      </button>
    </>
  );
}
