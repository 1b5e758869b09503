import { useTranslation } from 'react-i18next';
import { useLabels } from '../programme/use-labels.ts';
import { useQuery } from '../api/use-query.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import type { Balance, Breakdown } from './selection.api.ts';
import { selectionApi } from './selection.api.ts';

/** The shortlist and the selections by gender, IPRC and subject, against the programme's targets. Counts only. */
export function BalancePage() {
  const { t } = useTranslation();
  const label = useLabels();
  const { data, error, loading, reload } = useQuery<Balance>(selectionApi.balance);
  return (
    <Page title={t('balance.title')}>
      <p>{t('balance.intro')}</p>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {!data ? (
        !error && <Loading />
      ) : (
        <div aria-busy={loading}>
          <dl className="facts">
            <dt>{t('balance.targetExperts')}</dt>
            <dd>{data.targets.experts}</dd>
            <dt>{t('balance.places')}</dt>
            <dd>{data.places}</dd>
            <dt>{t('balance.selectedTotal')}</dt>
            <dd>{data.selected.total}</dd>
            <dt>{t('balance.stillToSelect')}</dt>
            <dd>{data.coverage.expertsStillToSelect}</dd>
            <dt>{t('balance.iprcsCovered')}</dt>
            <dd>
              {t('balance.ofTarget', { count: data.coverage.iprcsWithSelection, target: data.targets.iprcs })}
            </dd>
            <dt>{t('balance.iprcsWithout')}</dt>
            <dd>
              {data.coverage.iprcsWithout.map((iprc) => label.institution(iprc)).join(', ') ||
                t('common.none')}
            </dd>
          </dl>
          <BreakdownTable
            title={t('balance.byGender')}
            rows={data}
            pick={(b) => b.byGender}
            label={(key) => t(`balance.genders.${key}` as 'balance.genders.woman')}
          />
          <BreakdownTable
            title={t('balance.byIprc')}
            rows={data}
            pick={(b) => b.byIprc}
            label={(key) => label.institution(key)}
          />
          <BreakdownTable
            title={t('balance.bySubject')}
            rows={data}
            pick={(b) => b.bySubject}
            label={(key) => key}
          />
        </div>
      )}
    </Page>
  );
}

function BreakdownTable(props: {
  title: string;
  rows: Balance;
  pick: (b: Breakdown) => Record<string, number>;
  label: (key: string) => string;
}) {
  const { t } = useTranslation();
  const shortlisted = props.pick(props.rows.shortlisted);
  const selected = props.pick(props.rows.selected);
  const keys = [...new Set([...Object.keys(shortlisted), ...Object.keys(selected)])];
  return (
    <section className="card">
      <table className="table">
        <caption>{props.title}</caption>
        <thead>
          <tr>
            <th scope="col">{props.title}</th>
            <th scope="col" className="number">
              {t('balance.shortlisted')}
            </th>
            <th scope="col" className="number">
              {t('balance.selected')}
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.length === 0 && (
            <tr>
              <td colSpan={3}>{t('common.none')}</td>
            </tr>
          )}
          {keys.map((key) => (
            <tr key={key}>
              <th scope="row">{props.label(key)}</th>
              <td className="number">{shortlisted[key] ?? 0}</td>
              <td className="number">{selected[key] ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
