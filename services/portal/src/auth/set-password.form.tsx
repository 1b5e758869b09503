import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../ui/field.tsx';
import { ActionForm } from '../ui/action-form.tsx';
import { check, useFormAction } from '../ui/use-form-action.ts';
import { passwordLength } from './auth.api.ts';

/** Choosing a password, for an invitation or a reset: one field, with the rule shown and a way to see it. */
export function SetPasswordForm(props: {
  label: string;
  submit: string;
  onSubmit: (password: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  const form = useFormAction(async (data) => {
    const password = String(data.get('password'));
    check({
      password:
        (password.length < passwordLength.min || password.length > passwordLength.max) &&
        t('validation.passwordLength', passwordLength),
    });
    await props.onSubmit(password);
  });
  return (
    <ActionForm form={form} label={props.label} submit={props.submit}>
      <TextField
        label={t('fields.newPassword')}
        hint={t('fields.passwordRule', passwordLength)}
        name="password"
        type={visible ? 'text' : 'password'}
        autoComplete="new-password"
        required
        minLength={passwordLength.min}
        maxLength={passwordLength.max}
      />
      <label className="checkbox">
        <input type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} />
        {t('fields.showPassword')}
      </label>
    </ActionForm>
  );
}
