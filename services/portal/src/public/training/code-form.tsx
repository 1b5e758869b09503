import { useTranslation } from 'react-i18next';
import { ActionForm } from '../../ui/action-form.tsx';
import { TextField } from '../../ui/field.tsx';
import { check, useFormAction } from '../../ui/use-form-action.ts';
import { isTraineeCode, normaliseCode } from './trainee-code.ts';

/** Asks for the personal code printed by the trainer; checks its shape before anything is sent. */
export function CodeForm({ onCode, submit }: { onCode: (code: string) => void; submit: string }) {
  const { t } = useTranslation();
  const form = useFormAction(async (data) => {
    const code = normaliseCode(String(data.get('code') ?? ''));
    check({ code: !isTraineeCode(code) && t('trainee.code.invalid') });
    onCode(code);
  });
  return (
    <section className="card" aria-labelledby="code-heading">
      <h2 id="code-heading">{t('trainee.code.heading')}</h2>
      <ActionForm form={form} label={t('trainee.code.form')} submit={submit} className="form form--public">
        <TextField
          label={t('trainee.code.label')}
          hint={t('trainee.code.hint')}
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          required
        />
      </ActionForm>
    </section>
  );
}

/** Whose code this phone keeps, and a way to forget it (a phone shared between trainees). */
export function NotYou({ name, onForget }: { name?: string | null; onForget: () => void }) {
  const { t } = useTranslation();
  return (
    <p className="lead">
      {name ? t('trainee.code.signedAs', { name }) : t('trainee.code.kept')}{' '}
      <button type="button" className="button button--secondary button--small" onClick={onForget}>
        {t('trainee.code.notYou')}
      </button>
    </p>
  );
}
