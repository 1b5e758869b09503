import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Page } from '../ui/page.tsx';
import { CampaignForm } from './campaign.form.tsx';
import { campaignsApi } from './campaigns.api.ts';

/** A new campaign starts as a draft: nothing is public until it is launched. */
export function NewCampaignPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Page title={t('campaignForm.createTitle')}>
      <p>{t('campaignForm.createIntro')}</p>
      <CampaignForm
        label={t('campaignForm.createTitle')}
        submit={t('campaignForm.create')}
        onSubmit={async (input) => {
          const campaign = await campaignsApi.create(input);
          await navigate(`/campaigns/${encodeURIComponent(campaign.id)}`, { state: { created: true } });
        }}
      />
      <p>
        <Link to="/campaigns">{t('campaigns.back')}</Link>
      </p>
    </Page>
  );
}
