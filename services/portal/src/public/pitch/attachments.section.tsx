import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../funding/funding.api.ts';
import { localised } from '../../funding/funding-problem.ts';
import { FormAlert } from '../../ui/form-alert.tsx';
import { pitchApi } from './pitch.api.ts';

const MAX_MB = 10;
const isPdf = (file: File) => file.type === 'application/pdf' || file.name.toLowerCase().endsWith('.pdf');

/** The proposal's PDF attachments (at most 5, 10 MB each): added one at a time from the phone, or removed. */
export function AttachmentsSection(props: { token: string; proposal: Proposal; readOnly: boolean }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    setPending(true);
    try {
      await action();
    } catch (failure) {
      setError(localised(failure, 'pitch'));
    } finally {
      setPending(false);
    }
  };
  const upload = () => {
    const file = input.current?.files?.[0];
    if (!file) return;
    if (!isPdf(file)) return setError(new Error(t('pitch.attachments.notPdf')));
    if (file.size > MAX_MB * 1024 * 1024)
      return setError(new Error(t('pitch.attachments.tooLarge', { mb: MAX_MB })));
    void run(() => pitchApi.attach(props.token, file)).then(() => {
      if (input.current) input.current.value = '';
    });
  };
  return (
    <section className="card" aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">{t('pitch.attachments.legend')}</h2>
      {error instanceof Error && !('status' in error) ? (
        <div role="alert" className="alert alert--error">
          <p>{error.message}</p>
        </div>
      ) : (
        <FormAlert error={error} />
      )}
      {props.proposal.attachments.length === 0 ? (
        <p>{t('pitch.attachments.none')}</p>
      ) : (
        <ul className="plain-list">
          {props.proposal.attachments.map((a) => (
            <li key={a.id}>
              {a.name}{' '}
              {!props.readOnly && (
                <button
                  type="button"
                  className="button button--secondary"
                  aria-disabled={pending || undefined}
                  onClick={() => void run(() => pitchApi.detach(props.token, a.id))}
                >
                  {t('pitch.attachments.remove', { name: a.name })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!props.readOnly && props.proposal.attachments.length < 5 && (
        <div className="field">
          <label htmlFor="attachment-file">{t('pitch.attachments.choose')}</label>
          <p className="field__hint">{t('pitch.attachments.hint', { mb: MAX_MB })}</p>
          <input id="attachment-file" ref={input} type="file" accept="application/pdf,.pdf" />
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={pending || undefined}
            onClick={upload}
          >
            {t('pitch.attachments.add')}
          </button>
        </div>
      )}
    </section>
  );
}
