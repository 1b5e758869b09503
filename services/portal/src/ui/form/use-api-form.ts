import { useState } from 'react';
import {
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Resolver,
  useForm,
} from 'react-hook-form';
import { Invalid } from '../use-form-action.ts';
import { refusedFields, type SchemaName } from './api-schema.ts';

export interface ApiFormOptions<Values extends FieldValues, Body> {
  /** The request body's schema in the API's document: its rules are the form's rules. */
  schema: SchemaName;
  defaultValues: DefaultValues<Values>;
  /** What is typed → the request body (trimming, lists from lines, numbers). */
  toBody: (values: Values) => Body;
  /** Rules across fields that a schema cannot say (an end after its start), by field → message. */
  rules?: (body: Body) => Partial<Record<string, string | false>>;
  /** What to tell the user for each field the schema refuses; else `fallback`. */
  messages: Partial<Record<string, string>>;
  fallback: string;
  onSubmit: (body: Body) => Promise<void>;
}

function nest(path: string, message: string, into: Record<string, unknown>): void {
  const parts = path.split('.');
  let at = into;
  for (const part of parts.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>;
  at[parts.at(-1)!] = { type: 'validate', message };
}

/**
 * A form on react-hook-form whose values become a request body checked against the API's schema before it is
 * sent; the server's answer (a problem) or the list of what to correct is `error`, for FormAlert.
 */
export function useApiForm<Values extends FieldValues, Body>(options: ApiFormOptions<Values, Body>) {
  const [failure, setFailure] = useState<unknown>(null);
  const resolver: Resolver<Values> = async (values) => {
    const body = options.toBody(values);
    const messages: Record<string, string> = {};
    for (const path of Object.keys(refusedFields(options.schema, body)))
      messages[path] = options.messages[path] ?? options.fallback;
    for (const [path, message] of Object.entries(options.rules?.(body) ?? {}))
      if (message && !messages[path]) messages[path] = message;
    if (Object.keys(messages).length === 0) return { values, errors: {} };
    const errors: Record<string, unknown> = {};
    for (const [path, message] of Object.entries(messages)) nest(path, message, errors);
    setFailure(new Invalid(messages));
    return { values: {}, errors: errors as FieldErrors<Values> };
  };
  const form = useForm<Values>({ defaultValues: options.defaultValues, resolver });
  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await options.onSubmit(options.toBody(values));
    } catch (error) {
      setFailure(error);
    }
  });
  return { form, onSubmit, error: failure, pending: form.formState.isSubmitting };
}
