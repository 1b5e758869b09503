import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/http.ts';
import { problemMessage } from './problem-message.ts';
import { Invalid } from './use-form-action.ts';

/**
 * The form's error summary. The live region is always there (empty when all is well), so that each new error is
 * announced, also the same one twice.
 */
export function FormAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const details = error instanceof Invalid ? Object.values(error.fields) : [];
  if (error instanceof ApiProblem) details.push(...error.errors);
  return (
    <div role="alert" className={error ? 'alert alert--error' : undefined}>
      {error ? <p>{error instanceof Invalid ? t('form.invalid') : problemMessage(error)}</p> : null}
      {details.length > 0 && (
        <ul>
          {[...new Set(details)].map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
