import { useTranslation } from 'react-i18next';
import { ChoiceField, optionsOf, TextAreaField } from '../ui/field.tsx';
import { ActionForm } from '../ui/action-form.tsx';
import { FormAlert } from '../ui/form-alert.tsx';
import { check, useFormAction } from '../ui/use-form-action.ts';
import { type Application, type Criterion, selectionApi } from './selection.api.ts';

const scale = ['1', '2', '3', '4', '5'] as const;

/** Before scoring, a reviewer says whether they have a conflict of interest; a conflict excludes them. */
export function DeclarationForms(props: { application: Application; onChanged: (a: Application) => void }) {
  const { t } = useTranslation();
  const { id } = props.application;
  const none = useFormAction(async () => {
    props.onChanged(await selectionApi.declare(id, false));
  });
  const conflict = useFormAction(async (data) => {
    const reason = String(data.get('reason') ?? '').trim();
    check({ reason: !reason && t('validation.conflictReason') });
    props.onChanged(await selectionApi.declare(id, true, reason));
  });
  return (
    <section className="card" aria-labelledby="declaration-heading">
      <h2 id="declaration-heading">{t('review.declarationTitle')}</h2>
      <p>{t('review.declarationIntro')}</p>
      <form ref={none.ref} aria-label={t('review.noConflictForm')} onSubmit={none.onSubmit}>
        <FormAlert error={none.error} />
        <button type="submit" className="button" aria-disabled={none.pending || undefined}>
          {t('review.noConflict')}
        </button>
      </form>
      <ActionForm
        form={conflict}
        label={t('review.conflictForm')}
        submit={t('review.declareConflict')}
        submitClassName="button button--danger"
      >
        <TextAreaField
          label={t('review.conflictReason')}
          hint={t('review.conflictHint')}
          name="reason"
          rows={3}
        />
      </ActionForm>
    </section>
  );
}

/** The reviewer's scorecard: 1–5 on each of the ToR's criteria; revisable until a decision. */
export function ScorecardForm(props: {
  application: Application;
  criteria: Criterion[];
  onChanged: (a: Application) => void;
}) {
  const { t } = useTranslation();
  const mine = props.application.myScorecard;
  const form = useFormAction(async (data) => {
    const scores = Object.fromEntries(props.criteria.map((c) => [c.code, Number(data.get(c.code))]));
    check(
      Object.fromEntries(
        props.criteria.map((c) => [
          c.code,
          !(scores[c.code]! >= 1) && t('validation.score', { label: c.label }),
        ]),
      ),
    );
    const comment = String(data.get('comment') ?? '').trim();
    props.onChanged(await selectionApi.score(props.application.id, scores, comment || undefined));
  });
  return (
    <section className="card" aria-labelledby="scorecard-heading">
      <h2 id="scorecard-heading">{t('review.scorecardTitle')}</h2>
      <p>{t('review.scorecardIntro')}</p>
      {mine && (
        <p role="status" className="notice notice--success">
          {t('review.scored', { total: mine.total })}
        </p>
      )}
      <ActionForm
        form={form}
        label={t('review.scorecardTitle')}
        submit={mine ? t('review.rescore') : t('review.score')}
      >
        {props.criteria.map((criterion) => (
          <ChoiceField
            key={criterion.code}
            label={criterion.label}
            hint={t('review.weight', { weight: criterion.weight })}
            name={criterion.code}
            defaultValue={mine?.scores[criterion.code]?.toString() ?? ''}
            options={optionsOf(scale, (value) => t(`review.scale.${value}`))}
          />
        ))}
        <TextAreaField label={t('review.comment')} name="comment" rows={3} defaultValue={mine?.comment} />
      </ActionForm>
    </section>
  );
}
