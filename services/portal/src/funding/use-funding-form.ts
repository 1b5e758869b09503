import { type BaseSyntheticEvent, useState } from 'react';
import { type DefaultValues, type FieldValues, type Path, useForm } from 'react-hook-form';
import { Invalid } from '../ui/use-form-action.ts';
import { localised, type ProblemMessages } from './funding-problem.ts';

/**
 * A react-hook-form for ApiForm (ui/form/api-form.tsx) whose rules are ours, not a schema's (funding is not in
 * the API's document yet): `check` names what to correct by field, nothing is sent then; the service's problem is
 * shown in our words (`messages`).
 */
export function useFundingForm<Values extends FieldValues>(options: {
  defaultValues: DefaultValues<Values>;
  messages?: ProblemMessages;
  check?: (values: Values) => Partial<Record<string, string | false>>;
  onSubmit: (values: Values) => Promise<void>;
}) {
  const form = useForm<Values>({ defaultValues: options.defaultValues });
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const submit = form.handleSubmit(async (values) => {
    if (pending) return;
    setError(null);
    const wrong = Object.entries(options.check?.(values) ?? {}).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    );
    if (wrong.length > 0) {
      for (const [name, message] of wrong) form.setError(name as Path<Values>, { type: 'validate', message });
      setError(new Invalid(Object.fromEntries(wrong)));
      return;
    }
    setPending(true);
    try {
      await options.onSubmit(values);
    } catch (failure) {
      setError(localised(failure, options.messages));
    } finally {
      setPending(false);
    }
  });
  // Our own messages (set below) are not the form's rules: cleared first, else they would stop the next submit.
  const onSubmit = (event?: BaseSyntheticEvent) => {
    form.clearErrors();
    return submit(event);
  };
  return { form, error, pending, onSubmit };
}

/** A whole number typed in a field ('' or text: NaN, which the checks refuse). */
export const whole = (value: unknown) => {
  const n = typeof value === 'number' ? value : Number(String(value ?? '').trim() || Number.NaN);
  return Number.isInteger(n) ? n : Number.NaN;
};
