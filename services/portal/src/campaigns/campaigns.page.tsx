import { useTranslation } from 'react-i18next';
import { useLabels } from '../programme/use-labels.ts';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { access } from '../auth/access.ts';
import { useAllows } from '../auth/use-session.ts';
import { campaignStatuses, isOneOf } from '../outreach/outreach.ts';
import { SelectField } from '../ui/field.tsx';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { type Campaign, type CampaignList, campaignsApi } from './campaigns.api.ts';
import { useDates } from '../ui/dates.ts';

const isStatus = isOneOf(campaignStatuses);

/** The campaigns the user may see (an officer: their office's), filtered by status through the address. */
export function CampaignsPage() {
  const { t } = useTranslation();
  const can = useAllows();
  const [params, setParams] = useSearchParams();
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
      <form
        className="filters"
        aria-label={t('campaigns.filter')}
        onSubmit={(event) => {
          event.preventDefault();
          const chosen = new FormData(event.currentTarget).get('status');
          setParams(isStatus(chosen) ? { status: chosen } : {});
        }}
      >
        <SelectField label={t('campaignFields.status')} name="status" defaultValue={status ?? ''}>
          <option value="">{t('campaigns.allStatuses')}</option>
          {campaignStatuses.map((value) => (
            <option key={value} value={value}>
              {t(`campaignStatus.${value}`)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button--secondary">
          {t('common.filter')}
        </button>
      </form>
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
  if (campaigns.length === 0) return <p role="status">{t('campaigns.empty')}</p>;
  const column = {
    name: t('campaignFields.name'),
    office: t('campaignFields.office'),
    status: t('campaignFields.status'),
    period: t('campaignFields.period'),
    channels: t('campaignFields.channels'),
  };
  return (
    <table className="table table--stacking">
      <caption className="visually-hidden">{t('campaigns.caption', { count: campaigns.length })}</caption>
      <thead>
        <tr>
          {Object.values(column).map((label) => (
            <th key={label} scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {campaigns.map((campaign) => (
          <tr key={campaign.id}>
            <th scope="row" data-label={column.name}>
              <Link to={`/campaigns/${encodeURIComponent(campaign.id)}`}>{campaign.name}</Link>
            </th>
            <td data-label={column.office}>{label.office(campaign.office)}</td>
            <td data-label={column.status}>
              <span className={`badge badge--${campaign.status}`}>
                {t(`campaignStatus.${campaign.status}`)}
              </span>
            </td>
            <td data-label={column.period}>{period(campaign.startsOn, campaign.endsOn)}</td>
            <td data-label={column.channels}>
              {campaign.channels.map((channel) => t(`channels.${channel}`)).join(', ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
