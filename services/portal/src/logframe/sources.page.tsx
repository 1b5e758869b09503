import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { useProgramme } from '../programme/use-programme.ts';
import { DataTable } from '../ui/data-table.tsx';
import { useDates } from '../ui/dates.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { useFigures } from './figures.tsx';
import { type Cell, logframeApi, logframePaths, type SourceFact, type SourceFacts } from './logframe.api.ts';

/** The events behind an indicator's figure to a quarter's end, or behind one cell of its breakdown; staff only. */
export function SourcesPage() {
  const { t } = useTranslation();
  const dates = useDates();
  const programme = useProgramme();
  const code = useParams().code ?? '';
  const [params] = useSearchParams();
  const quarter = params.get('quarter') ?? undefined;
  const dimension = params.get('dimension');
  const value = params.get('value');
  const cell: Cell | undefined = dimension && value ? { dimension, value } : undefined;
  const { data, error, reload } = useQuery<SourceFacts>(logframeApi.sources(code, quarter, cell));
  const definition = programme.logframe.indicators.find((i) => i.code === code);
  const figures = useFigures(programme.logframe.smallCell);
  const title = definition
    ? t('logframe.sources.named', { code, title: definition.title })
    : t('logframe.sources.title', { code });
  const unit = definition?.unit ?? 'count';
  const dimsText = (fact: SourceFact) =>
    Object.entries(fact.dims)
      .map(
        ([d, c]) => `${t(`logframe.dimensions.${d as 'sex'}`, { defaultValue: d })}: ${figures.cell(d, c)}`,
      )
      .join(', ');
  return (
    <Page title={title}>
      <p>
        <Link to={`${logframePaths.logframe}${quarter ? `?quarter=${encodeURIComponent(quarter)}` : ''}`}>
          {t('logframe.sources.back')}
        </Link>
      </p>
      {!data ? (
        error ? (
          <LoadError error={error} onRetry={reload} />
        ) : (
          <Loading />
        )
      ) : (
        <>
          <p>
            {t('logframe.sources.to', { quarter: data.quarter.code })}{' '}
            {cell &&
              t('logframe.sources.cell', {
                dimension: t(`logframe.dimensions.${cell.dimension as 'sex'}`, {
                  defaultValue: cell.dimension,
                }),
                cell: figures.cell(cell.dimension, cell.value),
              })}
          </p>
          <p role="status">
            {t('logframe.sources.total', { count: data.total })}{' '}
            {data.items.length < data.total && t('logframe.sources.firstOnly', { shown: data.items.length })}
          </p>
          <DataTable
            rows={data.items}
            rowKey={(fact) => `${fact.eventId}:${JSON.stringify(fact.dims)}`}
            caption={t('logframe.sources.caption')}
            empty={t('logframe.sources.empty')}
            columns={[
              {
                header: t('logframe.sources.type'),
                rowHeader: true,
                cell: (fact) => <code>{fact.type}</code>,
              },
              {
                header: t('logframe.sources.occurredAt'),
                sortBy: (fact) => fact.occurredAt,
                cell: (fact) => dates.instant(fact.occurredAt),
              },
              {
                header: t('logframe.sources.subject'),
                cell: (fact) =>
                  fact.subject === null ? (
                    <em>{t('logframe.sources.erased')}</em>
                  ) : (
                    <code>{fact.subject}</code>
                  ),
              },
              { header: t('logframe.sources.dims'), cell: dimsText },
              {
                header: t('logframe.sources.value'),
                numeric: true,
                sortBy: (fact) => fact.value,
                cell: (fact) => figures.value(unit, fact.value),
              },
            ]}
          />
        </>
      )}
    </Page>
  );
}
