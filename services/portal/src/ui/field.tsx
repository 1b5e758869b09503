import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from 'react';

interface Described {
  label: string;
  hint?: ReactNode;
  /** Shown under the label and linked to the control with aria-describedby. */
  error?: string;
}

/** Label, hint and error around one control, linked by id. */
function Frame({ id, label, hint, error, children }: Described & { id: string; children: ReactNode }) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

function a11y(id: string, { hint, error }: Described) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined };
}

export function TextField({
  label,
  hint,
  error,
  ...input
}: Described & InputHTMLAttributes<HTMLInputElement> & { name: string }) {
  const id = useId();
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <input {...input} {...a11y(id, { label, hint, error })} />
    </Frame>
  );
}

export function SelectField({
  label,
  hint,
  error,
  children,
  ...select
}: Described & SelectHTMLAttributes<HTMLSelectElement> & { name: string }) {
  const id = useId();
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <select {...select} {...a11y(id, { label, hint, error })}>
        {children}
      </select>
    </Frame>
  );
}

export function TextAreaField({
  label,
  hint,
  error,
  ...textarea
}: Described & TextareaHTMLAttributes<HTMLTextAreaElement> & { name: string }) {
  const id = useId();
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <textarea {...textarea} {...a11y(id, { label, hint, error })} />
    </Frame>
  );
}

/** A choice of one among `options`, with an empty "Choose…" first unless `choose` is left out. */
export function ChoiceField({
  options,
  choose,
  ...select
}: Described &
  SelectHTMLAttributes<HTMLSelectElement> & {
    name: string;
    options: readonly { value: string; label: string }[];
    choose?: string;
  }) {
  return (
    <SelectField {...select}>
      {choose !== undefined && <option value="">{choose}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </SelectField>
  );
}
