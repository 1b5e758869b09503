import type { FormEvent, ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from './field.tsx';
import { FormAlert } from './form-alert.tsx';

interface FormState {
  ref: RefObject<HTMLFormElement | null>;
  pending: boolean;
  error: unknown;
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

/** A form of one action (ui/use-form-action.ts): its summary of errors first, then what it holds. */
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
      {props.children}
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
