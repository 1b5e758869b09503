import { useTranslation } from 'react-i18next';
import { useLabels } from '../programme/use-labels.ts';
import { useSearchParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { access } from '../auth/access.ts';
import { useAllows, useUser } from '../auth/use-session.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { ExportButton } from './export-button.tsx';
import { Pager } from './pager.tsx';
import { type Filters, filterNames, type RegistrantPage, registrantsApi } from './registrants.api.ts';
import { RegistrantsFilters } from './registrants-filters.tsx';
import { RegistrantsTable } from './registrants-table.tsx';

/** Search and filters live in the address: a result can be bookmarked, shared, and survives a reload. */
export function RegistrantsPage() {
  const { t } = useTranslation();
  const label = useLabels();
  const can = useAllows();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const filters: Filters = Object.fromEntries(
    filterNames.flatMap((name) => {
      const value = params.get(name);
      return value ? [[name, value]] : [];
    }),
  );
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const { data, error, loading, reload } = useQuery<RegistrantPage>(registrantsApi.search(filters, page));
  const officeOnly = user.roles.every((role) => role === 'outreach-officer') && user.office;

  return (
    <Page title={t('registrants.title')}>
      {officeOnly && (
        <p className="notice">{t('registrants.officeOnly', { office: label.office(officeOnly) })}</p>
      )}
      <RegistrantsFilters
        key={params.toString()}
        filters={filters}
        onSearch={(next) => setParams(next as Record<string, string>)}
      />
      {can(access.exportRegistrants) && <ExportButton filters={filters} />}
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      <div aria-busy={loading}>
        {data ? (
          <>
            <p role="status">{t('registrants.found', { count: data.total })}</p>
            <RegistrantsTable registrants={data.items} />
            <Pager
              page={data.page}
              pages={Math.max(1, Math.ceil(data.total / data.pageSize))}
              onPage={(next) => setParams({ ...filters, page: String(next) } as Record<string, string>)}
            />
          </>
        ) : (
          !error && <Loading />
        )}
      </div>
    </Page>
  );
}
