import { type Role, staffRoles } from '@ikiraro/auth/roles';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../programme/use-labels.ts';
import { usePlaces } from '../programme/use-programme.ts';
import { SelectField } from '../ui/field.tsx';
import { needsIprc, needsOffice } from './user-access.ts';
import type { UserAccess } from './users.api.ts';

/** Role checkboxes, and the office or IPRC select right after them when a chosen role needs one. */
export function AccessFields({
  initial,
  errors,
}: {
  initial?: UserAccess;
  errors: Partial<Record<string, string>>;
}) {
  const { t } = useTranslation();
  const label = useLabels();
  const { offices, institutions } = usePlaces();
  const [selected, setSelected] = useState<Role[]>(initial?.roles ?? []);
  const id = useId();
  const toggle = (role: Role, on: boolean) =>
    setSelected((previous) => (on ? [...previous, role] : previous.filter((r) => r !== role)));
  return (
    <>
      <fieldset
        className={errors.roles ? 'field field--invalid' : 'field'}
        aria-describedby={[`${id}-hint`, errors.roles && `${id}-error`].filter(Boolean).join(' ')}
      >
        <legend>{t('fields.roles')}</legend>
        <p id={`${id}-hint`} className="field__hint">
          {t('fields.rolesHint')}
        </p>
        {errors.roles && (
          <p id={`${id}-error`} className="field__error">
            {errors.roles}
          </p>
        )}
        <div className="checkboxes">
          {staffRoles.map((role) => (
            <label key={role} className="checkbox">
              <input
                type="checkbox"
                name="roles"
                value={role}
                checked={selected.includes(role)}
                aria-invalid={errors.roles ? true : undefined}
                onChange={(event) => toggle(role, event.target.checked)}
              />
              {t(`roles.${role}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {needsOffice(selected) && (
        <SelectField
          label={t('fields.office')}
          name="office"
          defaultValue={initial?.office ?? ''}
          required
          error={errors.office}
        >
          <option value="">{t('common.choose')}</option>
          {offices.map((office) => (
            <option key={office} value={office}>
              {label.office(office)}
            </option>
          ))}
        </SelectField>
      )}
      {needsIprc(selected) && (
        <SelectField
          label={t('fields.iprc')}
          name="iprc"
          defaultValue={initial?.iprc ?? ''}
          required
          error={errors.iprc}
        >
          <option value="">{t('common.choose')}</option>
          {institutions.map((iprc) => (
            <option key={iprc} value={iprc}>
              {label.institution(iprc)}
            </option>
          ))}
        </SelectField>
      )}
    </>
  );
}
