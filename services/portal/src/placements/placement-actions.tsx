import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllows } from '../auth/use-session.ts';
import { ActionForm } from '../ui/action-form.tsx';
import { DateField } from '../ui/date-field.tsx';
import { ApiForm } from '../ui/form/api-form.tsx';
import { Select, Text, TextArea } from '../ui/form/fields.tsx';
import { useApiForm } from '../ui/form/use-api-form.ts';
import { check, useFormAction } from '../ui/use-form-action.ts';
import {
  type Appraisal,
  type Cancellation,
  cancellationReasons,
  type Placement,
  placementAccess,
  placementsApi,
  type Report,
} from './placements.api.ts';

type Changed = (changed: Placement) => void;

/** What the caller may do next, by their role and the placement's status; each a small form. */
export function PlacementActions(props: { placement: Placement; onChanged: Changed }) {
  const { t } = useTranslation();
  const can = useAllows();
  const [done, setDone] = useState<string>();
  const { placement } = props;
  const onChanged = (message: string) => (changed: Placement) => {
    props.onChanged(changed);
    setDone(message);
  };
  const live = placement.status === 'accepted' || placement.status === 'arrived';
  const forms = [
    placement.status === 'accepted' && can(placementAccess.arrive) && (
      <ArrivalForm key="arrival" placement={placement} onChanged={onChanged(t('placement.arrivedDone'))} />
    ),
    placement.status === 'arrived' && !placement.report && can(placementAccess.report) && (
      <ReportForm key="report" placement={placement} onChanged={onChanged(t('placement.reportDone'))} />
    ),
    placement.status === 'arrived' && !placement.appraisal && can(placementAccess.appraise) && (
      <AppraisalForm
        key="appraisal"
        placement={placement}
        onChanged={onChanged(t('placement.appraisalDone'))}
      />
    ),
    (live || placement.status === 'offered') && can(placementAccess.cancel) && (
      <CancelForm key="cancel" placement={placement} onChanged={onChanged(t('placement.cancelledDone'))} />
    ),
  ].filter(Boolean);
  if (forms.length === 0 && !done) return null;
  return (
    <section className="card" aria-labelledby="placement-actions">
      <h2 id="placement-actions">{t('placement.actions')}</h2>
      <div role="status">{done && <p className="notice notice--success">{done}</p>}</div>
      {forms}
    </section>
  );
}

function ArrivalForm(props: { placement: Placement; onChanged: Changed }) {
  const { t } = useTranslation();
  const form = useFormAction(async (data) => {
    const on = String(data.get('on') ?? '');
    check({ on: !/^\d{4}-\d{2}-\d{2}$/.test(on) && t('placement.arrivalInvalid') });
    props.onChanged(await placementsApi.arrive(props.placement.id, on));
  });
  return (
    <ActionForm form={form} label={t('placement.arrival')} submit={t('placement.confirmArrival')}>
      <DateField
        label={t('placement.arrivedOn')}
        name="on"
        defaultValue={props.placement.period.start}
        error={form.fieldErrors.on}
      />
    </ActionForm>
  );
}

interface ReportValues {
  delivered: string;
  trainersTrained: number;
  recommendations: string;
}

function ReportForm(props: { placement: Placement; onChanged: Changed }) {
  const { t } = useTranslation();
  const api = useApiForm<ReportValues, Report>({
    schema: 'ReportDto',
    defaultValues: { delivered: '', trainersTrained: 0, recommendations: '' },
    toBody: (values) => ({
      delivered: values.delivered.trim(),
      trainersTrained: values.trainersTrained,
      recommendations: values.recommendations.trim(),
    }),
    messages: {
      delivered: t('placement.deliveredInvalid'),
      trainersTrained: t('placement.trainersInvalid'),
      recommendations: t('placement.required'),
    },
    fallback: t('placement.fieldInvalid'),
    onSubmit: async (report) => props.onChanged(await placementsApi.report(props.placement.id, report)),
  });
  return (
    <ApiForm api={api} label={t('placement.report')} submit={t('placement.fileReport')}>
      <TextArea name="delivered" label={t('placement.delivered')} />
      <Text name="trainersTrained" type="number" label={t('placement.trainersTrained')} />
      <TextArea name="recommendations" label={t('placement.recommendations')} />
    </ApiForm>
  );
}

interface AppraisalValues {
  rating: string;
  comments: string;
}

function AppraisalForm(props: { placement: Placement; onChanged: Changed }) {
  const { t } = useTranslation();
  const api = useApiForm<AppraisalValues, Appraisal>({
    schema: 'AppraisalDto',
    defaultValues: { rating: '', comments: '' },
    toBody: (values) => ({ rating: Number(values.rating), comments: values.comments.trim() }),
    messages: { rating: t('placement.ratingInvalid'), comments: t('placement.required') },
    fallback: t('placement.fieldInvalid'),
    onSubmit: async (appraisal) =>
      props.onChanged(await placementsApi.appraise(props.placement.id, appraisal)),
  });
  return (
    <ApiForm api={api} label={t('placement.appraisal')} submit={t('placement.fileAppraisal')}>
      <Select
        name="rating"
        label={t('placement.rating')}
        choose={t('common.choose')}
        options={['5', '4', '3', '2', '1'].map((value) => ({
          value,
          label: t(`placement.ratings.${value as '1' | '2' | '3' | '4' | '5'}`),
        }))}
      />
      <TextArea name="comments" label={t('placement.comments')} />
    </ApiForm>
  );
}

interface CancelValues {
  reason: string;
  note: string;
}

function CancelForm(props: { placement: Placement; onChanged: Changed }) {
  const { t } = useTranslation();
  const api = useApiForm<CancelValues, Cancellation>({
    schema: 'CancellationDto',
    defaultValues: { reason: '', note: '' },
    toBody: (values) => ({ reason: values.reason as Cancellation['reason'], note: values.note.trim() }),
    messages: { reason: t('placement.reasonInvalid'), note: t('placement.required') },
    fallback: t('placement.fieldInvalid'),
    onSubmit: async (cancellation) =>
      props.onChanged(await placementsApi.cancel(props.placement.id, cancellation)),
  });
  return (
    <ApiForm api={api} label={t('placement.cancel')} submit={t('placement.cancelPlacement')}>
      <Select
        name="reason"
        label={t('placement.reason')}
        choose={t('common.choose')}
        options={cancellationReasons.map((reason) => ({
          value: reason,
          label: t(`cancellationReasons.${reason}`),
        }))}
      />
      <TextArea name="note" label={t('placement.note')} />
    </ApiForm>
  );
}
