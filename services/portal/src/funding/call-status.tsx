import { useTranslation } from 'react-i18next';
import type { CallStatus, ProposalStatus } from './funding.api.ts';

export function CallStatusBadge({ status }: { status: CallStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status}`}>{t(`funding.callStatus.${status}`)}</span>;
}

export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status}`}>{t(`funding.proposalStatus.${status}`)}</span>;
}
