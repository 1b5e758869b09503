import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { CampaignForm } from './campaign.form.tsx';
import { type CampaignDetail, campaignsApi } from './campaigns.api.ts';

/** Changing a draft; a launched campaign's link is out in the world and stays as it is. */
export function EditCampaignPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useParams().id ?? '';
  const { data, error, reload } = useQuery<CampaignDetail>(campaignsApi.one(id));
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  const back = `/campaigns/${encodeURIComponent(id)}`;
  return (
    <Page title={t('campaignForm.editTitle', { name: data.name })}>
      {data.status === 'draft' ? (
        <CampaignForm
          label={t('campaignForm.editTitle', { name: data.name })}
          submit={t('campaignForm.save')}
          initial={data}
          onSubmit={async ({ office: _office, ...changes }) => {
            await campaignsApi.update(id, changes);
            await navigate(back);
          }}
        />
      ) : (
        <p className="notice">{t('campaignForm.notDraft')}</p>
      )}
      <p>
        <Link to={back}>{t('campaignDetail.back')}</Link>
      </p>
    </Page>
  );
}
