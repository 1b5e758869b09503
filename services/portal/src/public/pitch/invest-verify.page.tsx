import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Page } from '../../ui/page.tsx';
import { Loading } from '../../ui/status.tsx';
import { PitchProblem } from './pitch.page.tsx';
import { pitchApi } from './pitch.api.ts';

/** Verifications sent by this page load (React's development double effects must not send two). */
const sent = new Map<string, Promise<unknown>>();

/** `/invest/verify?token=…`, the e-mailed link: the sign-up is verified, and an account invitation follows by e-mail. */
export function InvestVerifyPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token');
  const [state, setState] = useState<{ done?: boolean; error?: unknown }>({});
  useEffect(() => {
    if (!token) return;
    if (!sent.has(token)) sent.set(token, pitchApi.verify(token));
    sent.get(token)!.then(
      () => setState({ done: true }),
      (error: unknown) => setState({ error }),
    );
  }, [token]);
  return (
    <Page title={t('pitch.verify.title')}>
      {!token ? (
        <p className="notice">{t('pitch.verify.noToken')}</p>
      ) : state.error ? (
        <PitchProblem error={state.error} />
      ) : state.done ? (
        <p role="status" className="notice notice--success">
          {t('pitch.verify.done')}
        </p>
      ) : (
        <Loading />
      )}
    </Page>
  );
}
