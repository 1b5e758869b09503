import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Page } from '../ui/page.tsx';
import { problemMessage } from '../ui/problem-message.ts';
import { Loading } from '../ui/status.tsx';
import { publicApi } from './public.api.ts';

type Outcome = Awaited<ReturnType<typeof publicApi.verify>>;
/** A verification link works once: one call per token per page load, whoever asks (React may ask twice). */
const calls = new Map<string, Promise<Outcome>>();

/** The link in the verification e-mail, `/verify?token=…`: following it is what makes a registration count. */
export function VerifyPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token');
  const [outcome, setOutcome] = useState<Outcome>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    if (!token) return;
    let current = true;
    if (!calls.has(token)) calls.set(token, publicApi.verify(token));
    calls.get(token)!.then(
      (result) => current && setOutcome(result),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [token]);

  if (!token || error) {
    return (
      <Page title={t('public.verify.failedTitle')}>
        <div role="alert" className="alert alert--error">
          <p>{token ? problemMessage(error) : t('public.verify.incomplete')}</p>
        </div>
        <p>{t('public.verify.again')}</p>
        <p>
          <Link to="/my-profile">{t('public.verify.toProfile')}</Link>
        </p>
      </Page>
    );
  }
  if (!outcome) return <Loading />;
  return (
    <Page
      title={t(
        outcome.outcome === 'updated' ? 'public.verify.updatedTitle' : 'public.verify.registeredTitle',
      )}
    >
      <p className="notice notice--success">
        {t(outcome.outcome === 'updated' ? 'public.verify.updated' : 'public.verify.registered')}
      </p>
      <p>{t('public.verify.next')}</p>
      <p>
        <Link to="/my-profile">{t('public.verify.toProfile')}</Link>
      </p>
    </Page>
  );
}
