import type { ReactNode } from 'react';
import { type FieldError, type FieldValues, get, useFormContext, useFormState } from 'react-hook-form';
import { CheckboxGroup } from '../checkbox-group.tsx';
import { SelectField, TextAreaField, TextField } from '../field.tsx';

/** The message of the field at `name` (nested: `partner.name`), from the surrounding react-hook-form. */
function useFieldError(name: string): string | undefined {
  // Subscribed here: the form itself does not re-render when only its errors change.
  const { errors } = useFormState({ name });
  return (get(errors, name) as FieldError | undefined)?.message;
}

interface Bound {
  name: string;
  label: string;
  hint?: ReactNode;
  disabled?: boolean;
}

/** A line of text, a date or a whole number (sent as a number; `inputMode` brings up the digits). */
export function Text(
  props: Bound & { type?: 'text' | 'date' | 'number'; autoComplete?: string; optional?: boolean },
) {
  const { register } = useFormContext<FieldValues>();
  const { name, type, optional, ...rest } = props;
  return (
    <TextField
      {...rest}
      type={type}
      inputMode={type === 'number' ? 'numeric' : undefined}
      error={useFieldError(name)}
      required={!optional}
      {...register(name, { valueAsNumber: type === 'number' })}
    />
  );
}

export function TextArea(props: Bound & { rows?: number; optional?: boolean }) {
  const { register } = useFormContext<FieldValues>();
  const { name, optional, rows = 4, ...rest } = props;
  return (
    <TextAreaField
      {...rest}
      rows={rows}
      required={!optional}
      error={useFieldError(name)}
      {...register(name)}
    />
  );
}

/** A choice of one; `choose` adds an empty first option ("Choose…"). */
export function Select(
  props: Bound & { options: readonly { value: string; label: string }[]; choose?: string },
) {
  const { register } = useFormContext<FieldValues>();
  const { name, options, choose, ...rest } = props;
  return (
    <SelectField {...rest} required error={useFieldError(name)} {...register(name)}>
      {choose && <option value="">{choose}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </SelectField>
  );
}

/** A choice of several, sent as the list of values checked. */
export function Checkboxes(props: Bound & { options: readonly { value: string; label: ReactNode }[] }) {
  const { register } = useFormContext<FieldValues>();
  return (
    <CheckboxGroup
      legend={props.label}
      hint={typeof props.hint === 'string' ? props.hint : undefined}
      options={props.options}
      error={useFieldError(props.name)}
      register={register(props.name)}
    />
  );
}
