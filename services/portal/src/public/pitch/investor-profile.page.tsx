import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '../../api/use-query.ts';
import { localised } from '../../funding/funding-problem.ts';
import { ActionForm } from '../../ui/action-form.tsx';
import { Page } from '../../ui/page.tsx';
import { Loading } from '../../ui/status.tsx';
import { check, useFormAction } from '../../ui/use-form-action.ts';
import { InterestsFields, readInterests } from './interests-fields.tsx';
import { PitchProblem } from './pitch.page.tsx';
import { type InvestorProfile, pitchApi, pitchPaths } from './pitch.api.ts';

/** The investor's interests, which later matches follow. */
export function InvestorProfilePage() {
  const { t } = useTranslation();
  const { data, error, reload, update } = useQuery<InvestorProfile>(pitchApi.profile);
  const [saved, setSaved] = useState(false);
  const form = useFormAction(async (input) => {
    setSaved(false);
    const interests = readInterests(input, t);
    check(interests.errors);
    try {
      const changed = await pitchApi.changeProfile(interests.value);
      update(() => changed);
    } catch (failure) {
      throw localised(failure, 'pitch');
    }
    setSaved(true);
  });
  return (
    <Page title={t('pitch.profile.title')}>
      <p>
        <Link to={pitchPaths.matches}>{t('pitch.matches.title')}</Link>
      </p>
      {error ? (
        <PitchProblem error={error} onRetry={reload} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <p>{t('pitch.profile.organisation', { organisation: data.organisation })}</p>
          <div role="status">
            {saved && <p className="notice notice--success">{t('pitch.profile.saved')}</p>}
          </div>
          <ActionForm
            form={form}
            label={t('pitch.profile.form')}
            submit={t('pitch.profile.save')}
            className="form form--public"
          >
            <InterestsFields initial={data.interests} errors={form.fieldErrors} />
          </ActionForm>
        </>
      )}
    </Page>
  );
}
