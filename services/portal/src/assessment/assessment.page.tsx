import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { useAllows } from '../auth/use-session.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { forgetTrainingOnSignOut } from '../training/offline-cache.ts';
import { type Assessment, assessmentAccess, assessmentApi } from './assessment.api.ts';
import { CloseCourse } from './close-course.tsx';
import { FeedbackSummary } from './feedback-summary.tsx';
import { GainResults } from './gain-results.tsx';
import { QuestionEditor } from './question-editor.tsx';
import { TestControls } from './test-controls.tsx';

/**
 * A ToT's assessment for its trainer and staff: the questions, the pre- and post-tests and scores by hand, each
 * trainee's and the cohort's learning gain, the survey, and the course's close. Changes only while it runs.
 */
export function AssessmentPage() {
  const { t } = useTranslation();
  const can = useAllows();
  const id = useParams().id ?? '';
  // Its answer is one of the ToT copies the service worker keeps: a sign-out from here forgets them too.
  useEffect(forgetTrainingOnSignOut, []);
  const { data, error, reload, update } = useQuery<Assessment>(assessmentApi.one(id));
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  const onChanged = (changed: Assessment) => update(() => changed);
  const running = data.totStatus === 'planning';
  return (
    <Page title={t('assessment.title')}>
      <p>
        <Link to={`/tots/${encodeURIComponent(id)}`}>{t('assessment.back')}</Link>
      </p>
      {!running && (
        <p className="notice">
          {t('assessment.ended', {
            status: t(`assessment.totStatus.${data.totStatus as 'closed'}`, { defaultValue: data.totStatus }),
          })}
        </p>
      )}
      <QuestionEditor
        assessment={data}
        editable={running && can(assessmentAccess.questions)}
        onChanged={onChanged}
      />
      <TestControls assessment={data} running={running} onChanged={onChanged} />
      <GainResults assessment={data} />
      <FeedbackSummary feedback={data.feedback} />
      {running && can(assessmentAccess.closeCourse) && (
        <CloseCourse assessment={data} onChanged={onChanged} />
      )}
    </Page>
  );
}
