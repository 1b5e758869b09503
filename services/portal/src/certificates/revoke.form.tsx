import { useTranslation } from 'react-i18next';
import { localisedCall } from '../assessment/training-problem.ts';
import { ApiForm } from '../ui/form/api-form.tsx';
import { TextArea } from '../ui/form/fields.tsx';
import { useApiForm } from '../ui/form/use-api-form.ts';
import { type Certificate, certificatesApi, type Revocation } from './certificates.api.ts';

/** Revokes a certificate for good, with the reason its public verification page will show (10–500 characters). */
export function RevokeForm(props: {
  certificate: Certificate;
  onRevoked: (revoked: Certificate) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { certificate } = props;
  const holder = certificate.name ?? t('certificates.erased');
  const api = useApiForm<{ reason: string }, Revocation>({
    schema: 'RevocationDto',
    defaultValues: { reason: '' },
    toBody: (values) => ({ reason: values.reason.trim() }),
    messages: { reason: t('certificates.revoke.reasonInvalid') },
    fallback: t('certificates.revoke.reasonInvalid'),
    onSubmit: async (revocation) =>
      props.onRevoked(
        await localisedCall('certificates', certificatesApi.revoke(certificate.id, revocation)),
      ),
  });
  return (
    <section className="card" aria-labelledby="revoke-heading">
      <h2 id="revoke-heading">{t('certificates.revoke.heading', { holder })}</h2>
      <p>{t('certificates.revoke.intro', { course: certificate.course })}</p>
      <ApiForm
        api={api}
        label={t('certificates.revoke.form', { holder })}
        submit={t('certificates.revoke.submit')}
      >
        <TextArea
          name="reason"
          label={t('certificates.revoke.reason')}
          hint={t('certificates.revoke.hint')}
        />
      </ApiForm>
      <p>
        <button type="button" className="button button--secondary" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </p>
    </section>
  );
}
