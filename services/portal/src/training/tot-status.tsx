import { useTranslation } from 'react-i18next';
import type { Session, TotSummary } from './training.api.ts';

/** A ToT's status as a badge. */
export function TotStatusBadge({ status }: { status: TotSummary['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status}`}>{t(`training.totStatus.${status}`)}</span>;
}

/** A session's status as a badge. */
export function SessionStatusBadge({ status }: { status: Session['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status}`}>{t(`training.sessionStatus.${status}`)}</span>;
}
