import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { access } from '../auth/access.ts';
import { useAllows } from '../auth/use-session.ts';
import { SelectField } from '../ui/field.tsx';
import { StatusActions, useStatusAction } from '../ui/status-actions.tsx';
import { type ClosingReason, closingReasons, selectionApi, type Tor } from './selection.api.ts';

/** The status changes a ToR allows now: a draft is edited or approved, then published, then closed. */
export function TorActions(props: { tor: Tor; onChanged: (tor: Tor) => void }) {
  const { t } = useTranslation();
  const can = useAllows();
  const { tor } = props;
  const [reason, setReason] = useState<ClosingReason>('deadline-passed');
  const action = useStatusAction(props.onChanged);
  const { run, pending } = action;

  const canEdit = tor.status === 'draft' && can(access.editTor);
  const canApprove = tor.status === 'draft' && can(access.approveTor);
  const canPublish = tor.status === 'approved' && can(access.publishTor);
  const canClose = tor.status === 'published' && can(access.closeTor);
  return (
    <StatusActions
      id="tor-actions"
      heading={t('torDetail.actions')}
      text={t(`torDetail.statusText.${tor.status}`)}
      action={action}
    >
      <div className="actions">
        {canApprove && (
          <button
            type="button"
            className="button"
            aria-disabled={pending || undefined}
            onClick={() => run(() => selectionApi.approve(tor.id), t('torDetail.approved'))}
          >
            {t('torDetail.approve')}
          </button>
        )}
        {canPublish && (
          <button
            type="button"
            className="button"
            aria-disabled={pending || undefined}
            onClick={() => run(() => selectionApi.publish(tor.id), t('torDetail.published'))}
          >
            {t('torDetail.publish')}
          </button>
        )}
        {canEdit && (
          <Link to={`/tors/${encodeURIComponent(tor.id)}/edit`} className="button button--secondary">
            {t('torDetail.edit')}
          </Link>
        )}
      </div>
      {canClose && (
        <div className="actions">
          <SelectField
            label={t('torDetail.closingReason')}
            name="reason"
            value={reason}
            onChange={(event) => setReason(event.target.value as ClosingReason)}
          >
            {closingReasons.map((value) => (
              <option key={value} value={value}>
                {t(`closingReasons.${value}`)}
              </option>
            ))}
          </SelectField>
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={pending || undefined}
            onClick={() => run(() => selectionApi.close(tor.id, reason), t('torDetail.closed'))}
          >
            {t('torDetail.close')}
          </button>
        </div>
      )}
    </StatusActions>
  );
}
