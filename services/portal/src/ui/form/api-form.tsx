import type { BaseSyntheticEvent, ReactNode } from 'react';
import { type FieldValues, FormProvider, type UseFormReturn } from 'react-hook-form';
import { FormAlert } from '../form-alert.tsx';

/** A form of the field kit (ui/form/fields.tsx): its summary of errors, its fields, one submit button. */
export function ApiForm<Values extends FieldValues>(props: {
  api: {
    form: UseFormReturn<Values>;
    onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
    error: unknown;
    pending: boolean;
  };
  label: string;
  submit: string;
  children: ReactNode;
}) {
  const { api } = props;
  return (
    <FormProvider {...api.form}>
      <form
        className="form"
        aria-label={props.label}
        noValidate
        onSubmit={(event) => void api.onSubmit(event)}
      >
        <FormAlert error={api.error} />
        {props.children}
        <button type="submit" className="button" aria-disabled={api.pending || undefined}>
          {props.submit}
        </button>
      </form>
    </FormProvider>
  );
}
