import { useTranslation } from 'react-i18next';
import type { Message } from './messages.api.ts';

/** A message's status, and why when it was not sent (suppressed, given up). */
export function MessageStatusBadge({ message }: { message: Pick<Message, 'status' | 'reason'> }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`badge badge--${message.status}`}>{t(`messageStatus.${message.status}`)}</span>
      {message.reason && <span className="badge__reason">{message.reason}</span>}
    </>
  );
}
