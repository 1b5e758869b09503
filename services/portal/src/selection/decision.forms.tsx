import { useTranslation } from 'react-i18next';
import { access } from '../auth/access.ts';
import { useAllows } from '../auth/use-session.ts';
import { ChoiceField, optionsOf, TextAreaField } from '../ui/field.tsx';
import { ActionButton } from '../ui/action-button.tsx';
import { ActionForm, FormFrame } from '../ui/action-form.tsx';
import { check, useFormAction } from '../ui/use-form-action.ts';
import { type Application, isOutcome, type Outcome, outcomes, selectionApi } from './selection.api.ts';

/** The programme manager's part: shortlist a scored application, note the interview, decide with a reason. */
export function DecisionForms(props: { application: Application; onChanged: (a: Application) => void }) {
  const { t } = useTranslation();
  const can = useAllows();
  const { application } = props;
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
  return (
    <section className="card" aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t('decision.title')}</h2>
      {status === 'eligible' && can(access.shortlist) && (
        <div>
          <ActionButton
            label={t('decision.shortlist')}
            className="button"
            run={() => selectionApi.shortlist(application.id).then(props.onChanged)}
          />
        </div>
      )}
      {status !== 'eligible' && status !== 'ineligible' && can(access.note) && (
        <FormFrame form={note} label={t('decision.noteForm')}>
          <TextAreaField label={t('decision.note')} name="note" rows={3} />
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
            options={optionsOf(decidable, (outcome) => t(`outcomes.${outcome}`))}
          />
          <TextAreaField
            label={t('decision.reason')}
            hint={t('decision.reasonHint')}
            name="reason"
            rows={4}
            required
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
