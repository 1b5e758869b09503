import type { FormEvent, ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from './field.tsx';
import { FormAlert } from './form-alert.tsx';

/**
 * A form around one action (ui/use-form-action.ts): its summary of errors first, its fields, one submit button.
 * `intro` stands above the summary.
 */
export function ActionForm(props: {
  form: {
    ref: RefObject<HTMLFormElement | null>;
    pending: boolean;
    error: unknown;
    onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  };
  label: string;
  submit: string;
  className?: string;
  submitClassName?: string;
  intro?: ReactNode;
  /** Any change of a field, e.g. to drop a result that no longer applies. */
  onChange?: () => void;
  /** A way out beside the submit button, e.g. a link back to the list. */
  cancel?: ReactNode;
  children?: ReactNode;
}) {
  const { form } = props;
  const submit = (
    <button
      type="submit"
      className={props.submitClassName ?? 'button'}
      aria-disabled={form.pending || undefined}
    >
      {props.submit}
    </button>
  );
  return (
    <form
      ref={form.ref}
      className={props.className ?? 'form'}
      aria-label={props.label}
      noValidate
      onSubmit={form.onSubmit}
      onChange={props.onChange}
    >
      {props.intro}
      <FormAlert error={form.error} />
      {props.children}
      {props.cancel ? (
        <div className="actions">
          {submit}
          {props.cancel}
        </div>
      ) : (
        submit
      )}
    </form>
  );
}

/** The e-mail address of an account or a registrant, as browsers and password managers expect it. */
export function EmailField(props: {
  error?: string;
  label?: string;
  autoComplete?: string;
  defaultValue?: string;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      label={props.label ?? t('fields.email')}
      name="email"
      type="email"
      autoComplete={props.autoComplete ?? 'username'}
      defaultValue={props.defaultValue}
      required
      error={props.error}
    />
  );
}
