import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { forgetTrainingOnSignOut } from './offline-cache.ts';
import { QrCode } from './qr-code.tsx';
import { type Tot, type TraineeList, totPath, traineeUrl, trainingApi } from './training.api.ts';
import './training.css';

/**
 * The codes to hand out, to print and cut: each trainee's personal code and a QR of their own page's link
 * (`/trainee?code=…`), which a phone opens to check in, take the tests and fetch the certificate.
 */
export function CodesPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const tot = useQuery<Tot>(trainingApi.one(id));
  const { data, error, reload } = useQuery<TraineeList>(trainingApi.trainees(id));
  useEffect(forgetTrainingOnSignOut, []);
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  const handed = data.items.filter((trainee) => trainee.code);
  return (
    <Page title={t('training.codes.title', { title: tot.data?.title ?? '' })}>
      <div className="no-print">
        <p>
          <Link to={totPath(id)}>{t('training.codes.back')}</Link>
        </p>
        <p>{t('training.codes.intro')}</p>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('training.codes.print')}
        </button>
      </div>
      {handed.length === 0 ? (
        <p>{t('training.codes.none')}</p>
      ) : (
        <ul className="handout" aria-label={t('training.codes.list')}>
          {handed.map((trainee) => (
            <li key={trainee.id} className="handout__card">
              <p>
                <strong>{trainee.name}</strong>
              </p>
              <QrCode
                value={traineeUrl(trainee.code!)}
                label={t('training.codes.qr', { name: trainee.name })}
                size={200}
              />
              <p className="handout__code">{trainee.code}</p>
              <p className="field__hint">{traineeUrl(trainee.code!)}</p>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
