import { type FormEvent, useEffect, useRef, useState } from 'react';

/** Thrown by a form action whose input is not valid: field name → message. Nothing was sent. */
export class Invalid extends Error {
  constructor(readonly fields: Partial<Record<string, string>>) {
    super('invalid form');
  }
}

/** Throws Invalid when any message is set. */
export function check(fields: Partial<Record<string, string | false>>): void {
  const messages = Object.fromEntries(Object.entries(fields).filter(([, message]) => message));
  if (Object.keys(messages).length > 0) throw new Invalid(messages as Record<string, string>);
}

/**
 * Runs a form's async action on submit: one at a time, with its error kept for display. When the input was
 * invalid, focus moves to the first invalid field.
 */
export function useFormAction(action: (data: FormData) => Promise<void>) {
  const ref = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (error instanceof Invalid) ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setError(null);
    void action(new FormData(event.currentTarget))
      .catch((failure: unknown) => setError(failure))
      .finally(() => setPending(false));
  };

  const fieldErrors: Partial<Record<string, string>> = error instanceof Invalid ? error.fields : {};
  return { ref, pending, error, fieldErrors, onSubmit };
}
