import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProgramme } from '../programme/use-programme.ts';
import { ConfirmButton } from '../ui/confirm-button.tsx';
import { FormAlert } from '../ui/form-alert.tsx';
import { type Assessment, assessmentApi } from './assessment.api.ts';
import { localisedCall } from './training-problem.ts';

/**
 * Closes the course, in two steps: the question says what follows (planned sessions cancelled, open tests closed,
 * the gain published, certificates for those who meet the programme's thresholds, as GET /programme gives them).
 */
export function CloseCourse(props: { assessment: Assessment; onChanged: (changed: Assessment) => void }) {
  const { t } = useTranslation();
  const programme = useProgramme();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // A programme document from before training has no such checklist.
  const thresholds = (programme.checklists as Partial<typeof programme.checklists> | undefined)
    ?.trainingCertificate;
  const question = thresholds
    ? t('assessment.close.question', {
        attendance: Math.round(thresholds.minAttendanceShare * 100),
        score: thresholds.minPostTestScore,
      })
    : t('assessment.close.questionNoThresholds');
  return (
    <section className="card" aria-labelledby="close-heading">
      <h2 id="close-heading">{t('assessment.close.heading')}</h2>
      <FormAlert error={error} />
      <ConfirmButton
        label={t('assessment.close.button')}
        question={question}
        confirm={t('assessment.close.confirm')}
        pending={pending}
        onConfirm={() => {
          setPending(true);
          setError(null);
          localisedCall('assessment', assessmentApi.closeCourse(props.assessment.totId))
            .then(props.onChanged)
            .catch((failure: unknown) => setError(failure))
            .finally(() => setPending(false));
        }}
      />
    </section>
  );
}
