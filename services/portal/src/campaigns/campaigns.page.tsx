import { useTranslation } from 'react-i18next';
import { useLabels } from '../programme/use-labels.ts';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { access } from '../auth/access.ts';
import { useAllows } from '../auth/use-session.ts';
import { campaignStatuses, isOneOf } from '../outreach/outreach.ts';
import { DataTable } from '../ui/data-table.tsx';
import { Page } from '../ui/page.tsx';
import { UrlFilters } from '../ui/url-filters.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { type Campaign, type CampaignList, campaignsApi } from './campaigns.api.ts';
import { useDates } from '../ui/dates.ts';

const isStatus = isOneOf(campaignStatuses);

/** The campaigns the user may see (an officer: their office's), filtered by status through the address. */
export function CampaignsPage() {
  const { t } = useTranslation();
  const can = useAllows();
  const [params] = useSearchParams();
  const status = params.get('status');
  const { data, error, loading, reload } = useQuery<CampaignList>(
    campaignsApi.list({ status: isStatus(status) ? status : undefined }),
  );
  return (
    <Page title={t('campaigns.title')}>
      {can(access.createCampaign) && (
        <p>
          <Link to="/campaigns/new" className="button">
            {t('campaigns.create')}
          </Link>
        </p>
      )}
      <UrlFilters
        label={t('campaigns.filter')}
        filters={[
          {
            name: 'status',
            label: t('campaignFields.status'),
            all: t('campaigns.allStatuses'),
            options: campaignStatuses.map((value) => ({ value, label: t(`campaignStatus.${value}`) })),
          },
        ]}
      />
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      <div aria-busy={loading}>
        {data ? <CampaignsTable campaigns={data.items} /> : !error && <Loading />}
      </div>
    </Page>
  );
}

function CampaignsTable({ campaigns }: { campaigns: Campaign[] }) {
  const { t } = useTranslation();
  const label = useLabels();
  const { period } = useDates();
  return (
    <DataTable
      rows={campaigns}
      rowKey={(campaign) => campaign.id}
      caption={t('campaigns.caption', { count: campaigns.length })}
      empty={t('campaigns.empty')}
      columns={[
        {
          header: t('campaignFields.name'),
          rowHeader: true,
          sortBy: (campaign) => campaign.name,
          cell: (campaign) => (
            <Link to={`/campaigns/${encodeURIComponent(campaign.id)}`}>{campaign.name}</Link>
          ),
        },
        { header: t('campaignFields.office'), cell: (campaign) => label.office(campaign.office) },
        {
          header: t('campaignFields.status'),
          cell: (campaign) => (
            <span className={`badge badge--${campaign.status}`}>
              {t(`campaignStatus.${campaign.status}`)}
            </span>
          ),
        },
        {
          header: t('campaignFields.period'),
          sortBy: (campaign) => campaign.startsOn,
          cell: (campaign) => period(campaign.startsOn, campaign.endsOn),
        },
        {
          header: t('campaignFields.channels'),
          cell: (campaign) => campaign.channels.map((channel) => t(`channels.${channel}`)).join(', '),
        },
      ]}
    />
  );
}
