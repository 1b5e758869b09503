import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiProblem } from '../../api/http.ts';
import { useQuery } from '../../api/use-query.ts';
import { ActionForm } from '../../ui/action-form.tsx';
import { TextField } from '../../ui/field.tsx';
import { Page } from '../../ui/page.tsx';
import { LoadError, Loading } from '../../ui/status.tsx';
import { check, useFormAction } from '../../ui/use-form-action.ts';
import { CertificateFacts } from './certificate-facts.tsx';
import { type Verification, traineeApi } from './trainee.api.ts';

/**
 * `/certificate?code=…`: anyone checks a certificate by its verification code (printed on it, or its QR). Only what
 * the certificate says is shown, with whether it still stands; no account, no personal code.
 */
export function CertificatePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const code = params.get('code')?.trim() ?? '';
  return (
    <Page title={t('trainee.verify.title')}>
      <p className="lead">{t('trainee.verify.what')}</p>
      {code && <Result key={code} code={code} />}
      <VerifyForm defaultValue={code} onCode={(typed) => setParams({ code: typed })} again={Boolean(code)} />
    </Page>
  );
}

function Result({ code }: { code: string }) {
  const { t } = useTranslation();
  const { data, error, reload } = useQuery<Verification>(`/public/certificates/${encodeURIComponent(code)}`, {
    load: traineeApi.verify(code),
  });
  if (error instanceof ApiProblem && error.code === 'certificate.not_found')
    return (
      <div role="alert" className="alert alert--error">
        <p>{t('trainee.verify.unknown', { code })}</p>
      </div>
    );
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  return (
    <section className="card" aria-labelledby="verified-heading">
      <h2 id="verified-heading">{t('trainee.verify.result', { code })}</h2>
      <CertificateFacts certificate={data} />
    </section>
  );
}

function VerifyForm(props: { defaultValue: string; onCode: (code: string) => void; again: boolean }) {
  const { t } = useTranslation();
  const form = useFormAction(async (data) => {
    const code = String(data.get('code') ?? '').trim();
    check({ code: !code && t('trainee.verify.missing') });
    props.onCode(code);
  });
  return (
    <section className="card" aria-labelledby="verify-heading">
      <h2 id="verify-heading">{t(props.again ? 'trainee.verify.another' : 'trainee.verify.heading')}</h2>
      <ActionForm
        form={form}
        label={t('trainee.verify.form')}
        submit={t('trainee.verify.submit')}
        className="form form--public"
      >
        <TextField
          label={t('trainee.verify.code')}
          hint={t('trainee.verify.codeHint')}
          name="code"
          defaultValue={props.defaultValue}
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          required
        />
      </ActionForm>
    </section>
  );
}
