import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serverNow } from '../api/http.ts';
import { useQuery } from '../api/use-query.ts';
import { QrCode } from './qr-code.tsx';
import { type CheckInCode, checkInUrl, trainingApi } from './training.api.ts';

/**
 * When the next code comes: at the end of this code's period (it stays taken for one more, `expiresAt`, so that a
 * scan made as the code changes still counts), a moment after so that the server is in the new period.
 */
const nextCodeIn = (code: CheckInCode, now: number) =>
  Date.parse(code.expiresAt) - code.periodSeconds * 1_000 - now + 500;

/** A clock that ticks every second, for the countdown. */
function useNow() {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const timer = setInterval(() => setNow(serverNow()), 1_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * The rotating check-in QR, big enough to scan from the back of a room: a QR of `/check-in?s=<token>`, fetched
 * again as each code's period ends, with the seconds left until the next one. Without a connection no new code
 * comes: the screen says so and trainees are marked by hand.
 */
export function CheckInQr({ totId, sessionId }: { totId: string; sessionId: string }) {
  const { t } = useTranslation();
  const { data, error } = useQuery<CheckInCode>(trainingApi.checkInCode(totId, sessionId), {
    refetchInterval: (code, failure) =>
      code && !failure ? Math.max(1_000, nextCodeIn(code, serverNow())) : 5_000,
  });
  const now = useNow();
  const live = data && Date.parse(data.expiresAt) > now;
  const seconds = data ? Math.max(0, Math.ceil(nextCodeIn(data, now) / 1_000)) : 0;
  return (
    <section className="card" aria-labelledby="check-in-heading">
      <h2 id="check-in-heading">{t('training.attendance.checkIn')}</h2>
      {live ? (
        <div className="check-in">
          <QrCode
            value={checkInUrl(data.token)}
            label={t('training.attendance.qr')}
            size={480}
            className="check-in__code"
          />
          <div>
            <p>{t('training.attendance.scan')}</p>
            <p className="check-in__countdown" aria-live="off">
              {t('training.attendance.countdown', { count: seconds })}
            </p>
          </div>
        </div>
      ) : error ? (
        <p className="notice">{t('training.attendance.noCode')}</p>
      ) : (
        <p className="loading">{t('common.loading')}</p>
      )}
    </section>
  );
}
