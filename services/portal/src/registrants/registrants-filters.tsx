import { useTranslation } from 'react-i18next';
import { useLabels } from '../programme/use-labels.ts';
import { useQuery } from '../api/use-query.ts';
import { type CampaignList, campaignsApi } from '../campaigns/campaigns.api.ts';
import { channels, memberStatuses, qualificationLevels } from '../outreach/outreach.ts';
import { usePlaces } from '../programme/use-programme.ts';
import { SelectField, TextField } from '../ui/field.tsx';
import { type Filters, filterNames } from './registrants.api.ts';

/** The search box and the filters; submitting puts them in the address (and starts again at page 1). */
export function RegistrantsFilters(props: { filters: Filters; onSearch: (filters: Filters) => void }) {
  const { t } = useTranslation();
  const label = useLabels();
  const { countries } = usePlaces();
  const campaigns = useQuery<CampaignList>(campaignsApi.list()).data?.items ?? [];
  const { filters } = props;
  return (
    <form
      className="filters filters--wide"
      role="search"
      aria-label={t('registrants.search')}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        props.onSearch(
          Object.fromEntries(
            filterNames.flatMap((name) => {
              const value = String(data.get(name) ?? '').trim();
              return value ? [[name, value]] : [];
            }),
          ),
        );
      }}
    >
      <TextField
        label={t('registrants.query')}
        hint={t('registrants.queryHint')}
        name="q"
        type="search"
        defaultValue={filters.q}
      />
      <SelectField
        label={t('registrants.campaign')}
        name="campaignId"
        defaultValue={filters.campaignId ?? ''}
      >
        <option value="">{t('registrants.any')}</option>
        {campaigns.map((campaign) => (
          <option key={campaign.id} value={campaign.id}>
            {campaign.name}
          </option>
        ))}
        {/* A campaign in the address that the list has not (yet) brought: keep it selected. */}
        {filters.campaignId && !campaigns.some((campaign) => campaign.id === filters.campaignId) && (
          <option value={filters.campaignId}>{filters.campaignId}</option>
        )}
      </SelectField>
      <SelectField label={t('registrants.channel')} name="channel" defaultValue={filters.channel ?? ''}>
        <option value="">{t('registrants.any')}</option>
        {[...channels, 'mapping-import' as const].map((channel) => (
          <option key={channel} value={channel}>
            {t(`channels.${channel}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('registrants.country')}
        name="countryOfResidence"
        defaultValue={filters.countryOfResidence ?? ''}
      >
        <option value="">{t('registrants.any')}</option>
        {countries.map((country) => (
          <option key={country} value={country}>
            {label.country(country)}
          </option>
        ))}
      </SelectField>
      <TextField label={t('registrants.subject')} name="subject" defaultValue={filters.subject} />
      <SelectField label={t('registrants.status')} name="status" defaultValue={filters.status ?? ''}>
        <option value="">{t('registrants.any')}</option>
        {memberStatuses.map((status) => (
          <option key={status} value={status}>
            {t(`memberStatus.${status}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('registrants.level')}
        name="qualificationLevel"
        defaultValue={filters.qualificationLevel ?? ''}
      >
        <option value="">{t('registrants.any')}</option>
        {qualificationLevels.map((level) => (
          <option key={level} value={level}>
            {t(`levels.${level}`)}
          </option>
        ))}
      </SelectField>
      <div className="actions filters__actions">
        <button type="submit" className="button">
          {t('registrants.submit')}
        </button>
      </div>
    </form>
  );
}
