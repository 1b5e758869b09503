import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { access } from '../auth/access.ts';
import { useAllows } from '../auth/use-session.ts';
import { ConfirmButton } from '../ui/confirm-button.tsx';
import { FormAlert } from '../ui/form-alert.tsx';
import type { Campaign } from './campaigns.api.ts';
import { campaignsApi } from './campaigns.api.ts';

/** The status changes a campaign allows now: a draft is edited or launched, a live campaign closed. */
export function CampaignActions(props: { campaign: Campaign; onChanged: (campaign: Campaign) => void }) {
  const { t } = useTranslation();
  const can = useAllows();
  const { campaign } = props;
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string>();

  const run = (change: () => Promise<Campaign>, message: string) => {
    setPending(true);
    setError(null);
    setDone(undefined);
    void change()
      .then((changed) => {
        props.onChanged(changed);
        setDone(message);
      }, setError)
      .finally(() => setPending(false));
  };

  const canLaunch = campaign.status === 'draft' && can(access.launchCampaign);
  const canEdit = campaign.status === 'draft' && can(access.editCampaign);
  const canClose = campaign.status === 'live' && can(access.closeCampaign);
  return (
    <section className="card" aria-labelledby="status-actions">
      <h2 id="status-actions">{t('campaignDetail.actions')}</h2>
      <p>{t(`campaignDetail.statusText.${campaign.status}`)}</p>
      <FormAlert error={error} />
      <div role="status">{done && <p className="notice notice--success">{done}</p>}</div>
      <div className="actions">
        {canLaunch && (
          <button
            type="button"
            className="button"
            aria-disabled={pending || undefined}
            onClick={() => {
              if (!pending) run(() => campaignsApi.launch(campaign.id), t('campaignDetail.launched'));
            }}
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
    </section>
  );
}
