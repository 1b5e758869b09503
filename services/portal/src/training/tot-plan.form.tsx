import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionForm } from '../ui/action-form.tsx';
import { TextAreaField, TextField } from '../ui/field.tsx';
import { check, useFormAction } from '../ui/use-form-action.ts';
import { type Tot, trainingApi } from './training.api.ts';

/** The course's title, outline and capacity, while it is being planned. */
export function TotPlanForm({ tot, onChanged }: { tot: Tot; onChanged: (tot: Tot) => void }) {
  const { t } = useTranslation();
  const [done, setDone] = useState(false);
  const form = useFormAction(async (data) => {
    const title = String(data.get('title') ?? '').trim();
    const outline = String(data.get('outline') ?? '').trim();
    const capacity = Number(data.get('capacity'));
    setDone(false);
    check({
      title: (!title || title.length > 200) && t('training.plan.titleInvalid'),
      outline: outline.length > 10_000 && t('training.plan.outlineInvalid'),
      capacity:
        (!Number.isInteger(capacity) || capacity < 1 || capacity > 1_000) &&
        t('training.plan.capacityInvalid'),
    });
    onChanged(await trainingApi.plan(tot.id, { title, outline, capacity }));
    setDone(true);
  });
  return (
    <section className="card" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t('training.plan.heading')}</h2>
      <div role="status">{done && <p className="notice notice--success">{t('training.plan.done')}</p>}</div>
      <ActionForm form={form} label={t('training.plan.form')} submit={t('training.plan.submit')}>
        <TextField label={t('training.plan.title')} name="title" maxLength={200} defaultValue={tot.title} />
        <TextAreaField
          label={t('training.plan.outline')}
          name="outline"
          rows={6}
          defaultValue={tot.outline}
        />
        <TextField
          label={t('training.plan.capacity')}
          hint={t('training.plan.capacityHint', { count: tot.enrolled })}
          name="capacity"
          type="number"
          min={Math.max(1, tot.enrolled)}
          max={1000}
          defaultValue={tot.capacity}
        />
      </ActionForm>
    </section>
  );
}
