import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../ui/field.tsx';
import { FormAlert } from '../ui/form-alert.tsx';
import { check, useFormAction } from '../ui/use-form-action.ts';
import { showSent } from './my-applications.tsx';
import { publicApi } from './public.api.ts';

const motivationLength = { min: 20, max: 5000 };

/** "Apply" opens a motivation field under the ToR; sending it applies, screened at once by the service. */
export function ApplyForm(props: { token: string; torId: string; title: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const formId = useId();
  const form = useFormAction(async (data) => {
    const motivation = String(data.get('motivation') ?? '').trim();
    check({
      motivation:
        (motivation.length < motivationLength.min || motivation.length > motivationLength.max) &&
        t('public.apply.motivationLength', motivationLength),
    });
    await showSent(props.token, await publicApi.apply(props.token, props.torId, motivation));
  });
  if (!open)
    return (
      <button
        type="button"
        className="button"
        aria-expanded={false}
        aria-controls={formId}
        aria-label={t('public.apply.openLabel', { title: props.title })}
        onClick={() => setOpen(true)}
      >
        {t('public.apply.open')}
      </button>
    );
  return (
    <form
      id={formId}
      ref={form.ref}
      className="form"
      aria-label={t('public.apply.form', { title: props.title })}
      noValidate
      onSubmit={form.onSubmit}
    >
      <FormAlert error={form.error} />
      <TextAreaField
        label={t('public.apply.motivation')}
        hint={t('public.apply.motivationHint', motivationLength)}
        name="motivation"
        rows={6}
        maxLength={motivationLength.max}
        required
        autoFocus
        error={form.fieldErrors.motivation}
      />
      <div className="actions">
        <button type="submit" className="button" aria-disabled={form.pending || undefined}>
          {t('public.apply.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
