import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { FormAlert } from './form-alert.tsx';

/**
 * One status change at a time (launch, approve, close…): the server's answer goes to `onChanged`, a message
 * says it is done, a problem is kept for display.
 */
export function useStatusAction<T>(onChanged: (changed: T) => void) {
  const [done, setDone] = useState<string>();
  const mutation = useMutation({ mutationFn: (change: () => Promise<T>) => change() });
  const run = (change: () => Promise<T>, message: string) => {
    if (mutation.isPending) return;
    setDone(undefined);
    mutation.mutate(change, {
      onSuccess: (changed) => {
        onChanged(changed);
        setDone(message);
      },
    });
  };
  return { run, pending: mutation.isPending, error: mutation.error, done };
}

/** The card of a record's status changes: what its status means, the outcome of the last change, the buttons. */
export function StatusActions(props: {
  id: string;
  heading: string;
  text: string;
  action: { error: unknown; done?: string };
  children: ReactNode;
}) {
  return (
    <section className="card" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.heading}</h2>
      <p>{props.text}</p>
      <FormAlert error={props.action.error} />
      <div role="status">
        {props.action.done && <p className="notice notice--success">{props.action.done}</p>}
      </div>
      {props.children}
    </section>
  );
}
