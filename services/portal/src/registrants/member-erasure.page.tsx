import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ApiProblem } from '../api/http.ts';
import { useQuery } from '../api/use-query.ts';
import { useUser } from '../auth/use-session.ts';
import { CertificateView } from '../erasure/certificate-view.tsx';
import { certificatePath, type StaffCertificate, erasureApi, untilComplete } from '../erasure/erasure.api.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import type { ErasedState } from './erase-member.form.tsx';

/**
 * `/registrants/:id/erasure`: staff's erasure certificate of a member, by member id (an erased member's profile
 * is gone, this stays). It follows the services' receipts until every one has confirmed.
 */
export function MemberErasurePage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const { justErased } = (useLocation().state ?? {}) as ErasedState;
  const { data, error, reload } = useQuery<StaffCertificate>(erasureApi.staffPath(id), {
    refetchInterval: untilComplete,
  });
  const back = (
    <p>
      <Link to="/registrants">{t('registrant.back')}</Link>
    </p>
  );
  if (error instanceof ApiProblem && error.code === 'erasure.not_found') {
    return (
      <Page title={t('public.certificate.title')}>
        {back}
        <p className="alert">{t('erasure.notFound')}</p>
        <p>
          <Link to={`/registrants/${encodeURIComponent(id)}`}>{t('erasure.toRegistrant')}</Link>
        </p>
      </Page>
    );
  }
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  return (
    <Page title={t('public.certificate.title')}>
      {back}
      {justErased && <p className="notice notice--success">{t('erasure.erased')}</p>}
      <CertificateView certificate={data}>
        <dt>{t('erasure.requestedBy')}</dt>
        <dd>
          <RequestedBy by={data.requestedBy} />
        </dd>
        <dt>{t('erasure.noteLabel')}</dt>
        <dd>{data.note ?? t('common.none')}</dd>
      </CertificateView>
      <PersonLink certificateId={data.certificateId} />
    </Page>
  );
}

function RequestedBy({ by }: { by: StaffCertificate['requestedBy'] }) {
  const { t, i18n } = useTranslation();
  const user = useUser();
  if (by.role === 'member') return t('erasure.byMember');
  const key = `roles.${by.role}`;
  // Roles are open-ended in the answer; one we cannot name is shown as it came.
  const role = i18n.exists(key) ? t(key as 'roles.admin') : by.role;
  return by.id === user.id ? t('erasure.byYou', { role }) : t('erasure.byStaff', { role, id: by.id });
}

/** The person's own link (it names nobody), for staff to send to whoever asked. */
function PersonLink({ certificateId }: { certificateId: string }) {
  const { t } = useTranslation();
  const path = certificatePath(certificateId);
  return (
    <section className="card" aria-labelledby="person-link">
      <h2 id="person-link">{t('erasure.personLink')}</h2>
      <p>{t('erasure.personLinkHint')}</p>
      <p>
        <a href={path}>{`${window.location.origin}${path}`}</a>
      </p>
    </section>
  );
}
