import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiProblem } from '../api/http.ts';
import { certificatePath } from '../erasure/erasure.api.ts';
import { ConfirmButton } from '../ui/confirm-button.tsx';
import { FormAlert } from '../ui/form-alert.tsx';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { EditProfileForm } from './edit-profile.form.tsx';
import { MyApplications, useMyApplications } from './my-applications.tsx';
import { OpenTors } from './open-tors.tsx';
import { publicApi, type SelfServiceProfile } from './public.api.ts';
import { RequestLinkForm } from './request-link.form.tsx';

/**
 * `/my-profile`: ask for a link; `/my-profile?token=…` (the e-mailed link): see and change one's profile, see the
 * open ToRs, or withdraw. The token is the registrant's only proof, sent as `x-member-token`.
 */
export function MyProfilePage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token');
  if (!token) {
    return (
      <Page title={t('public.myProfile.title')}>
        <RequestLinkForm />
      </Page>
    );
  }
  return <SignedProfile token={token} />;
}

function SignedProfile({ token }: { token: string }) {
  const { t } = useTranslation();
  const [profile, setProfile] = useState<SelfServiceProfile>();
  const [error, setError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);
  /** The certificate of the withdrawal, once it is done. */
  const [withdrawn, setWithdrawn] = useState<{ certificateId: string }>();
  const [withdrawing, setWithdrawing] = useState(false);
  const [withdrawError, setWithdrawError] = useState<unknown>(null);
  const mine = useMyApplications(token);

  useEffect(() => {
    let current = true;
    setError(undefined);
    publicApi.profile(token).then(
      (loaded) => current && setProfile(loaded),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [token, attempt]);

  if (withdrawn) {
    return (
      <Page title={t('public.myProfile.withdrawnTitle')}>
        <p className="notice notice--success">{t('public.myProfile.withdrawn')}</p>
        <p>{t('public.myProfile.certificateText')}</p>
        {/* The page on this site (the API's certificateUrl is the same page under the configured public address). */}
        <p>
          <Link to={certificatePath(withdrawn.certificateId)}>{t('public.myProfile.certificateLink')}</Link>
        </p>
      </Page>
    );
  }
  if (error instanceof ApiProblem && (error.status === 401 || error.code === 'member_token.invalid')) {
    return (
      <Page title={t('public.myProfile.expiredTitle')}>
        <div role="alert" className="alert alert--error">
          <p>{t('public.myProfile.expired')}</p>
        </div>
        <RequestLinkForm />
      </Page>
    );
  }
  if (error) return <LoadError error={error} onRetry={() => setAttempt((n) => n + 1)} />;
  if (!profile) return <Loading />;

  const withdraw = async () => {
    setWithdrawing(true);
    setWithdrawError(null);
    try {
      setWithdrawn(await publicApi.withdraw(token));
    } catch (failure) {
      setWithdrawError(failure);
    } finally {
      setWithdrawing(false);
    }
  };
  return (
    <Page title={t('public.myProfile.titleNamed', { name: `${profile.firstName} ${profile.lastName}` })}>
      <p>{t('public.myProfile.signedIntro', { email: profile.email })}</p>
      <OpenTors token={token} applied={mine.applications && new Set(mine.applications.map((a) => a.torId))} />
      <MyApplications {...mine} />
      <h2>{t('public.myProfile.editTitle')}</h2>
      <EditProfileForm token={token} profile={profile} onSaved={setProfile} />
      <section className="card card--danger" aria-labelledby="withdraw-heading">
        <h2 id="withdraw-heading">{t('public.myProfile.withdrawTitle')}</h2>
        <p>{t('public.myProfile.withdrawText')}</p>
        <FormAlert error={withdrawError} />
        <ConfirmButton
          label={t('public.myProfile.withdraw')}
          question={t('public.myProfile.withdrawQuestion')}
          confirm={t('public.myProfile.withdrawConfirm')}
          pending={withdrawing}
          onConfirm={() => void withdraw()}
        />
      </section>
    </Page>
  );
}
