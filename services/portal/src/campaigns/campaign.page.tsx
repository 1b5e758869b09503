import { useTranslation } from 'react-i18next';
import { useLabels } from '../programme/use-labels.ts';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { access } from '../auth/access.ts';
import { useAllows } from '../auth/use-session.ts';
import { useDates } from '../ui/dates.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { CampaignActions } from './campaign-actions.tsx';
import { CampaignLinks } from './campaign-links.tsx';
import { type CampaignDetail, campaignsApi } from './campaigns.api.ts';
import { FunnelTable } from './funnel-table.tsx';

/** One campaign: its facts, what can be done with it now, its links and how each channel converts. */
export function CampaignPage() {
  const { t } = useTranslation();
  const label = useLabels();
  const can = useAllows();
  const { day, instant } = useDates();
  const id = useParams().id ?? '';
  const created = (useLocation().state as { created?: boolean } | null)?.created;
  const { data, error, reload, update } = useQuery<CampaignDetail>(campaignsApi.one(id));
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  const campaign = data;
  return (
    <Page title={campaign.name}>
      <p>
        <Link to="/campaigns">{t('campaigns.back')}</Link>
      </p>
      {created && campaign.status === 'draft' && (
        <p role="status" className="notice notice--success">
          {t('campaignDetail.created')}
        </p>
      )}
      <dl className="facts">
        <dt>{t('campaignFields.status')}</dt>
        <dd>
          <span className={`badge badge--${campaign.status}`}>{t(`campaignStatus.${campaign.status}`)}</span>
        </dd>
        <dt>{t('campaignFields.office')}</dt>
        <dd>{label.office(campaign.office)}</dd>
        <dt>{t('campaignFields.partner')}</dt>
        <dd>
          {campaign.partner.name} ({t(`partnerKinds.${campaign.partner.kind}`)})
        </dd>
        <dt>{t('campaignFields.country')}</dt>
        <dd>{label.country(campaign.country)}</dd>
        <dt>{t('campaignFields.period')}</dt>
        <dd>
          {day(campaign.startsOn)} – {day(campaign.endsOn)}
        </dd>
        <dt>{t('campaignFields.subjects')}</dt>
        <dd>{campaign.subjects.join(', ')}</dd>
        {campaign.description && (
          <>
            <dt>{t('campaignFields.description')}</dt>
            <dd className="prewrap">{campaign.description}</dd>
          </>
        )}
        <dt>{t('fields.createdAt')}</dt>
        <dd>{instant(campaign.createdAt)}</dd>
      </dl>
      <CampaignActions
        campaign={campaign}
        onChanged={(changed) => update((previous) => ({ ...previous, ...changed }))}
      />
      <CampaignLinks campaign={campaign} />
      {can(access.campaignFunnel) && campaign.status !== 'draft' && <FunnelTable campaignId={campaign.id} />}
    </Page>
  );
}
