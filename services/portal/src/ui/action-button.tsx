import { useState } from 'react';
import { FormAlert } from './form-alert.tsx';

/**
 * A button that runs one request (a click while it runs does nothing); its failure shows above the button, as
 * `problemOf` words it (by default the API's problem).
 */
export function ActionButton(props: {
  label: string;
  className?: string;
  run: () => Promise<unknown>;
  problemOf?: (failure: unknown) => unknown;
}) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return (
    <>
      <FormAlert error={error} />
      <button
        type="button"
        className={props.className ?? 'button button--secondary'}
        aria-disabled={pending || undefined}
        onClick={() => {
          if (pending) return;
          setPending(true);
          setError(null);
          props
            .run()
            .catch((failure: unknown) => setError(props.problemOf ? props.problemOf(failure) : failure))
            .finally(() => setPending(false));
        }}
      >
        {props.label}
      </button>
    </>
  );
}
