import type { FormEvent, ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldErrors, TextField } from './field.tsx';
import { FormAlert } from './form-alert.tsx';

interface FormState {
  ref: RefObject<HTMLFormElement | null>;
  pending: boolean;
  error: unknown;
  /** Each field inside shows the message under its name. */
  fieldErrors: Partial<Record<string, string>>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

interface FrameProps {
  form: FormState;
  label: string;
  className?: string;
  /** Stands above the summary of errors. */
  intro?: ReactNode;
  /** Any change of a field, e.g. to drop a result that no longer applies. */
  onChange?: () => void;
  onFocus?: () => void;
  children?: ReactNode;
}

/**
 * A form of one action (ui/use-form-action.ts): its summary of errors first, then what it holds, each field with
 * the message of its name.
 */
export function FormFrame(props: FrameProps) {
  const { form } = props;
  return (
    <form
      ref={form.ref}
      className={props.className ?? 'form'}
      aria-label={props.label}
      noValidate
      onSubmit={form.onSubmit}
      onChange={props.onChange}
      onFocus={props.onFocus}
    >
      {props.intro}
      <FormAlert error={form.error} />
      <FieldErrors.Provider value={form.fieldErrors}>{props.children}</FieldErrors.Provider>
    </form>
  );
}

/** A form around one action: its summary of errors first, its fields, one submit button. */
export function ActionForm(
  props: FrameProps & {
    submit: string;
    submitClassName?: string;
    /** A way out beside the submit button, e.g. a link back to the list. */
    cancel?: ReactNode;
  },
) {
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
    <FormFrame {...props}>
      {props.children}
      {props.cancel ? (
        <div className="actions">
          {submit}
          {props.cancel}
        </div>
      ) : (
        submit
      )}
    </FormFrame>
  );
}

/** The e-mail address of an account or a registrant, as browsers and password managers expect it. */
export function EmailField({
  label,
  autoComplete,
  ...input
}: {
  label?: string;
  hint?: string;
  autoComplete?: string;
  defaultValue?: string;
  maxLength?: number;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      {...input}
      label={label ?? t('fields.email')}
      name="email"
      type="email"
      autoComplete={autoComplete ?? 'username'}
      required
    />
  );
}
