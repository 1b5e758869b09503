import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { AddressSearch, SearchResult } from '../ui/address-search.tsx';
import { useLabels } from '../programme/use-labels.ts';
import { usePlaces } from '../programme/use-programme.ts';
import { DataTable } from '../ui/data-table.tsx';
import { useDates } from '../ui/dates.ts';
import { SelectField } from '../ui/field.tsx';
import { Page } from '../ui/page.tsx';
import { PlacementStatusBadge } from './placement-status.tsx';
import {
  boardFiltersOf,
  type PlacementList,
  placementPath,
  placementsApi,
  placementStatuses,
  type PlacementSummary,
} from './placements.api.ts';

/** The placement board: every placement the caller may see, its late tasks counted; filters in the address. */
export function PlacementsPage() {
  const { t } = useTranslation();
  const label = useLabels();
  const { institutions } = usePlaces();
  const [params] = useSearchParams();
  const filters = boardFiltersOf(params);
  const query = useQuery<PlacementList>(placementsApi.board(filters));
  return (
    <Page title={t('placements.title')}>
      <p>{t('placements.intro')}</p>
      <AddressSearch label={t('placements.search')} submit={t('placements.submit')}>
        <SelectField label={t('placements.iprc')} name="iprc" defaultValue={filters.iprc ?? ''}>
          <option value="">{t('placements.any')}</option>
          {institutions.map((code) => (
            <option key={code} value={code}>
              {label.institution(code)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('placements.status')} name="status" defaultValue={filters.status ?? ''}>
          <option value="">{t('placements.any')}</option>
          {placementStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`placementStatus.${status}`)}
            </option>
          ))}
        </SelectField>
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" name="late" value="true" defaultChecked={filters.late === 'true'} />
            {t('placements.lateOnly')}
          </label>
        </div>
      </AddressSearch>
      <SearchResult query={query}>
        {({ items }) => (
          <>
            <p role="status">{t('placements.found', { count: items.length })}</p>
            <BoardTable placements={items} />
          </>
        )}
      </SearchResult>
    </Page>
  );
}

function BoardTable({ placements }: { placements: readonly PlacementSummary[] }) {
  const { t } = useTranslation();
  const { day } = useDates();
  const label = useLabels();
  return (
    <DataTable
      rows={placements}
      rowKey={(placement) => placement.id}
      caption={t('placements.caption')}
      empty={t('placements.empty')}
      columns={[
        {
          header: t('placements.professional'),
          rowHeader: true,
          cell: (placement) => (
            <Link to={placementPath(placement.id)}>{placement.professional ?? t('placements.unnamed')}</Link>
          ),
        },
        { header: t('placements.tor'), cell: (placement) => placement.torTitle ?? placement.torId },
        { header: t('placements.iprc'), cell: (placement) => label.institution(placement.iprc) },
        {
          header: t('placements.status'),
          sortBy: (placement) => placement.status,
          cell: (placement) => <PlacementStatusBadge status={placement.status} />,
        },
        {
          header: t('placements.start'),
          sortBy: (placement) => placement.period.start,
          cell: (placement) => day(placement.period.start),
        },
        {
          header: t('placements.overdue'),
          numeric: true,
          sortBy: (placement) => placement.overdue,
          cell: (placement) => placement.overdue,
        },
        {
          header: t('placements.dueSoon'),
          numeric: true,
          sortBy: (placement) => placement.dueSoon,
          cell: (placement) => placement.dueSoon,
        },
      ]}
    />
  );
}
