import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFrame } from '../ui/action-form.tsx';
import type { User } from '../api/types.ts';
import { SelectField, TextField } from '../ui/field.tsx';
import { check, useFormAction } from '../ui/use-form-action.ts';
import { AccessFields } from './access-fields.tsx';
import { accessErrors, accessFrom } from './user-access.ts';
import { type UserChanges, usersApi } from './users.api.ts';

/** Name, roles, scope and (once the invitation is accepted) whether the account may sign in. */
export function EditUserForm({ user, onSaved }: { user: User; onSaved: (user: User) => void }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const form = useFormAction(async (data) => {
    setSaved(false);
    const name = String(data.get('name')).trim();
    const access = accessFrom(data);
    check({ name: !name && t('validation.nameRequired'), ...accessErrors(t, access) });
    const status = data.get('status');
    const changes: UserChanges = {
      name,
      ...access,
      ...((status === 'active' || status === 'disabled') && { status }),
    };
    onSaved(await usersApi.update(user.id, changes));
    setSaved(true);
  });
  return (
    <section aria-labelledby="edit-heading">
      <h2 id="edit-heading">{t('editUser.heading')}</h2>
      <FormFrame form={form} label={t('editUser.form')}>
        <TextField
          label={t('fields.name')}
          name="name"
          autoComplete="off"
          defaultValue={user.name}
          required
        />
        <AccessFields initial={user} errors={form.fieldErrors} />
        {user.status !== 'invited' && (
          <SelectField
            label={t('fields.status')}
            hint={t('editUser.statusHint')}
            name="status"
            defaultValue={user.status}
          >
            <option value="active">{t('status.active')}</option>
            <option value="disabled">{t('status.disabled')}</option>
          </SelectField>
        )}
        <div role="status">{saved && <p className="notice notice--success">{t('editUser.saved')}</p>}</div>
        <button type="submit" className="button" aria-disabled={form.pending || undefined}>
          {t('editUser.submit')}
        </button>
      </FormFrame>
    </section>
  );
}
