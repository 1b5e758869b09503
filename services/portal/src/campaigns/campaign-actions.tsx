import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { access } from '../auth/access.ts';
import { useAllows } from '../auth/use-session.ts';
import { ConfirmButton } from '../ui/confirm-button.tsx';
import { StatusActions, useStatusAction } from '../ui/status-actions.tsx';
import type { Campaign } from './campaigns.api.ts';
import { campaignsApi } from './campaigns.api.ts';

/** The status changes a campaign allows now: a draft is edited or launched, a live campaign closed. */
export function CampaignActions(props: { campaign: Campaign; onChanged: (campaign: Campaign) => void }) {
  const { t } = useTranslation();
  const can = useAllows();
  const { campaign } = props;
  const action = useStatusAction(props.onChanged);
  const { run, pending } = action;

  const canLaunch = campaign.status === 'draft' && can(access.launchCampaign);
  const canEdit = campaign.status === 'draft' && can(access.editCampaign);
  const canClose = campaign.status === 'live' && can(access.closeCampaign);
  return (
    <StatusActions
      id="status-actions"
      heading={t('campaignDetail.actions')}
      text={t(`campaignDetail.statusText.${campaign.status}`)}
      action={action}
    >
      <div className="actions">
        {canLaunch && (
          <button
            type="button"
            className="button"
            aria-disabled={pending || undefined}
            onClick={() => run(() => campaignsApi.launch(campaign.id), t('campaignDetail.launched'))}
          >
            {t('campaignDetail.launch')}
          </button>
        )}
        {canEdit && (
          <Link
            to={`/campaigns/${encodeURIComponent(campaign.id)}/edit`}
            className="button button--secondary"
          >
            {t('campaignDetail.edit')}
          </Link>
        )}
        {canClose && (
          <ConfirmButton
            label={t('campaignDetail.close')}
            question={t('campaignDetail.closeQuestion')}
            confirm={t('campaignDetail.confirmClose')}
            pending={pending}
            onConfirm={() => run(() => campaignsApi.close(campaign.id), t('campaignDetail.closed'))}
          />
        )}
      </div>
    </StatusActions>
  );
}
