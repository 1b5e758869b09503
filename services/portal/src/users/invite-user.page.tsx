import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { TextField } from '../ui/field.tsx';
import { ActionForm, EmailField } from '../ui/action-form.tsx';
import { Page } from '../ui/page.tsx';
import { check, useFormAction } from '../ui/use-form-action.ts';
import { AccessFields } from './access-fields.tsx';
import { accessErrors, accessFrom } from './user-access.ts';
import { usersApi } from './users.api.ts';
import type { UsersState } from './users.page.tsx';

export function InviteUserPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useFormAction(async (data) => {
    const name = String(data.get('name')).trim();
    const email = String(data.get('email')).trim();
    const access = accessFrom(data);
    check({
      name: !name && t('validation.nameRequired'),
      email: !/^[^\s@]+@[^\s@]+$/.test(email) && t('validation.emailInvalid'),
      ...accessErrors(t, access),
    });
    const user = await usersApi.invite({ name, email, ...access });
    const state: UsersState = { invited: user.email };
    await navigate('/users', { state });
  });
  return (
    <Page title={t('invite.title')}>
      <p>{t('invite.intro')}</p>
      <ActionForm
        form={form}
        label={t('invite.form')}
        submit={t('invite.submit')}
        cancel={<Link to="/users">{t('common.cancel')}</Link>}
      >
        <TextField label={t('fields.name')} name="name" autoComplete="off" required />
        <EmailField autoComplete="off" />
        <AccessFields errors={form.fieldErrors} />
      </ActionForm>
    </Page>
  );
}
