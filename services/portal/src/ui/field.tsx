import {
  createContext,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useContext,
  useId,
} from 'react';
import { useTranslation } from 'react-i18next';

interface Described {
  label: string;
  hint?: ReactNode;
  /** Shown under the label, linked with aria-describedby (by default, the form's message for its name). */
  error?: string;
}

/** The messages of the surrounding form's last check by field name (ui/action-form.tsx provides them). */
export const FieldErrors = createContext<Partial<Record<string, string>>>({});

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

/** The frame's props and the control's ids of the field called `name`; its error by default the form's. */
function useDescribed(name: string, { label, hint, error }: Described) {
  const id = useId();
  const formErrors = useContext(FieldErrors);
  const frame = { id, label, hint, error: error ?? formErrors[name] };
  return { frame, control: a11y(id, frame) };
}

export function TextField({
  label,
  hint,
  error,
  ...input
}: Described & InputHTMLAttributes<HTMLInputElement> & { name: string }) {
  const { frame, control } = useDescribed(input.name, { label, hint, error });
  return (
    <Frame {...frame}>
      <input {...input} {...control} />
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
  const { frame, control } = useDescribed(select.name, { label, hint, error });
  return (
    <Frame {...frame}>
      <select {...select} {...control}>
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
  const { frame, control } = useDescribed(textarea.name, { label, hint, error });
  return (
    <Frame {...frame}>
      <textarea {...textarea} {...control} />
    </Frame>
  );
}

export interface Option {
  value: string;
  label: string;
}

/** The options of a list of codes, each shown as `label(code)`. */
export const optionsOf = <Code extends string>(
  codes: readonly Code[],
  label: (code: Code) => string,
): Option[] => codes.map((value) => ({ value, label: label(value) }));

/** A required choice of one among `options`, starting on an empty "Choose…" unless given a `defaultValue`. */
export function ChoiceField({
  options,
  ...select
}: Described & SelectHTMLAttributes<HTMLSelectElement> & { name: string; options: readonly Option[] }) {
  const { t } = useTranslation();
  return (
    <SelectField defaultValue="" required {...select}>
      <option value="">{t('common.choose')}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </SelectField>
  );
}
