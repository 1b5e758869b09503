import { type ReactNode, useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

/**
 * A fieldset of checkboxes sharing one name, with its hint and error linked to the group; in a react-hook-form,
 * `register` binds them (and `name`, `defaultChecked` come from the form).
 */
export function CheckboxGroup(props: {
  legend: string;
  name?: string;
  register?: UseFormRegisterReturn;
  options: readonly { value: string; label: ReactNode; lang?: string }[];
  defaultChecked?: readonly string[];
  hint?: string;
  error?: string;
}) {
  const id = useId();
  const describedBy = [props.hint && `${id}-hint`, props.error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <fieldset
      className={props.error ? 'field field--invalid' : 'field'}
      aria-describedby={describedBy || undefined}
    >
      <legend>{props.legend}</legend>
      {props.hint && (
        <p id={`${id}-hint`} className="field__hint">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={`${id}-error`} className="field__error">
          {props.error}
        </p>
      )}
      <div className="checkboxes">
        {props.options.map((option) => (
          <label key={option.value} className="checkbox" lang={option.lang}>
            <input
              type="checkbox"
              name={props.name}
              value={option.value}
              defaultChecked={props.register ? undefined : props.defaultChecked?.includes(option.value)}
              aria-invalid={props.error ? true : undefined}
              {...props.register}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
