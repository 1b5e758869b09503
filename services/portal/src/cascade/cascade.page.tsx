import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/use-query.ts';
import { useLabels } from '../programme/use-labels.ts';
import { DataTable } from '../ui/data-table.tsx';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { type CascadeOverview, cascadeApi } from './cascade.api.ts';
import { CascadeTree, useCounts } from './cascade-tree.tsx';

/** The cascade of every ToT the caller may see: the totals per IPRC, then each trainer → teachers → sessions. */
export function CascadePage() {
  const { t } = useTranslation();
  const label = useLabels();
  const counts = useCounts();
  const { data, error, reload } = useQuery<CascadeOverview>(cascadeApi.overview());
  return (
    <Page title={t('cascade.title')}>
      <p>{t('cascade.intro')}</p>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {data ? (
        <>
          <section className="card" aria-labelledby="iprc-totals">
            <h2 id="iprc-totals">{t('cascade.totals.heading')}</h2>
            <DataTable
              rows={data.iprcs}
              rowKey={(row) => row.iprc}
              caption={t('cascade.totals.caption')}
              empty={t('cascade.empty')}
              columns={[
                {
                  header: t('cascade.totals.iprc'),
                  rowHeader: true,
                  cell: (row) => label.institution(row.iprc),
                },
                { header: t('cascade.totals.tots'), numeric: true, cell: (row) => row.tots },
                { header: t('cascade.totals.teachers'), numeric: true, cell: (row) => row.teachers },
                { header: t('cascade.totals.sessions'), numeric: true, cell: (row) => row.sessions },
                { header: t('cascade.session.students'), cell: (row) => counts(row.students) },
                { header: t('cascade.session.total'), numeric: true, cell: (row) => row.total },
              ]}
            />
          </section>
          <section aria-labelledby="trees-heading">
            <h2 id="trees-heading">{t('cascade.tree.heading')}</h2>
            {data.tots.length === 0 ? (
              <p>{t('cascade.empty')}</p>
            ) : (
              data.tots.map((tot) => <CascadeTree key={tot.totId} tot={tot} linked />)
            )}
          </section>
        </>
      ) : (
        !error && <Loading />
      )}
    </Page>
  );
}
