import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * An action that cannot be undone, in two steps: the button asks, a question with its consequence appears, and
 * only "confirm" runs it. Focus follows the question and comes back on cancel.
 */
export function ConfirmButton(props: {
  label: string;
  question: string;
  confirm: string;
  pending?: boolean;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const id = useId();
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={opener} type="button" className="button button--secondary" onClick={() => setAsking(true)}>
        {props.label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby={id}>
      <p ref={question} id={id} tabIndex={-1}>
        {props.question}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button button--danger"
          aria-disabled={props.pending || undefined}
          onClick={() => {
            if (!props.pending) props.onConfirm();
          }}
        >
          {props.confirm}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
