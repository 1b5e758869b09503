import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { access } from '../auth/access.ts';
import { useAllows } from '../auth/use-session.ts';
import { ChoiceField, TextAreaField } from '../ui/field.tsx';
import { ActionForm, FormFrame } from '../ui/action-form.tsx';
import { FormAlert } from '../ui/form-alert.tsx';
import { check, useFormAction } from '../ui/use-form-action.ts';
import { type Application, isOutcome, type Outcome, outcomes, selectionApi } from './selection.api.ts';

/** The programme manager's part: shortlist a scored application, note the interview, decide with a reason. */
export function DecisionForms(props: { application: Application; onChanged: (a: Application) => void }) {
  const { t } = useTranslation();
  const can = useAllows();
  const { application } = props;
  const [shortlistError, setShortlistError] = useState<unknown>(null);
  const [shortlisting, setShortlisting] = useState(false);
  const note = useFormAction(async (data) => {
    const text = String(data.get('note') ?? '').trim();
    check({ note: !text && t('validation.note') });
    props.onChanged(await selectionApi.note(application.id, text));
    (note.ref.current as HTMLFormElement | null)?.reset();
  });
  const decision = useFormAction(async (data) => {
    const outcome = data.get('outcome');
    const reason = String(data.get('reason') ?? '').trim();
    check({
      outcome: !isOutcome(outcome) && t('validation.outcome'),
      reason: reason.length < 10 && t('validation.reason'),
    });
    props.onChanged(await selectionApi.decide(application.id, outcome as Outcome, reason));
  });
  const status = application.status;
  const decidable: readonly Outcome[] =
    status === 'shortlisted'
      ? outcomes
      : status === 'reserve'
        ? ['selected', 'rejected']
        : status === 'eligible'
          ? ['rejected']
          : [];
  const shortlist = () => {
    if (shortlisting) return;
    setShortlisting(true);
    setShortlistError(null);
    void selectionApi
      .shortlist(application.id)
      .then(props.onChanged, setShortlistError)
      .finally(() => setShortlisting(false));
  };
  return (
    <section className="card" aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t('decision.title')}</h2>
      {status === 'eligible' && can(access.shortlist) && (
        <div>
          <FormAlert error={shortlistError} />
          <button
            type="button"
            className="button"
            aria-disabled={shortlisting || undefined}
            onClick={shortlist}
          >
            {t('decision.shortlist')}
          </button>
        </div>
      )}
      {status !== 'eligible' && status !== 'ineligible' && can(access.note) && (
        <FormFrame form={note} label={t('decision.noteForm')}>
          <TextAreaField label={t('decision.note')} name="note" rows={3} error={note.fieldErrors.note} />
          <button
            type="submit"
            className="button button--secondary"
            aria-disabled={note.pending || undefined}
          >
            {t('decision.addNote')}
          </button>
        </FormFrame>
      )}
      {decidable.length > 0 && can(access.decide) && (
        <ActionForm form={decision} label={t('decision.form')} submit={t('decision.decide')}>
          <ChoiceField
            label={t('decision.outcome')}
            name="outcome"
            defaultValue=""
            required
            error={decision.fieldErrors.outcome}
            choose={t('common.choose')}
            options={decidable.map((outcome) => ({ value: outcome, label: t(`outcomes.${outcome}`) }))}
          />
          <TextAreaField
            label={t('decision.reason')}
            hint={t('decision.reasonHint')}
            name="reason"
            rows={4}
            required
            error={decision.fieldErrors.reason}
          />
        </ActionForm>
      )}
      {application.decision && (
        <p role="status" className="notice notice--success">
          {t('decision.decided', { outcome: t(`outcomes.${application.decision.outcome}`) })}
          {application.decision.reason && ` ${application.decision.reason}`}
        </p>
      )}
    </section>
  );
}
