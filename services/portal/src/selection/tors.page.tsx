import { useTranslation } from 'react-i18next';
import { useLabels } from '../programme/use-labels.ts';
import { usePlaces } from '../programme/use-programme.ts';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { access } from '../auth/access.ts';
import { useAllows } from '../auth/use-session.ts';
import { isOneOf } from '../outreach/outreach.ts';
import { useDates } from '../ui/dates.ts';
import { SelectField } from '../ui/field.tsx';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { selectionApi, type TorSummary, torStatuses } from './selection.api.ts';

const isStatus = isOneOf(torStatuses);

/** The Terms of Reference, filtered by status and IPRC through the address. */
export function TorsPage() {
  const { t } = useTranslation();
  const label = useLabels();
  const { institutions } = usePlaces();
  const isIprc = isOneOf(institutions);
  const can = useAllows();
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const iprc = params.get('iprc');
  const { data, error, loading, reload } = useQuery<{ items: TorSummary[] }>(
    selectionApi.list({
      status: isStatus(status) ? status : undefined,
      iprc: isIprc(iprc) ? iprc : undefined,
    }),
  );
  return (
    <Page title={t('tors.title')}>
      <p className="actions">
        {can(access.createTor) && (
          <Link to="/tors/new" className="button">
            {t('tors.create')}
          </Link>
        )}
        {can(access.balance) && (
          <Link to="/balance" className="button button--secondary">
            {t('balance.title')}
          </Link>
        )}
      </p>
      <form
        className="filters"
        aria-label={t('tors.filter')}
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const chosen = { status: form.get('status'), iprc: form.get('iprc') };
          setParams({
            ...(isStatus(chosen.status) ? { status: chosen.status } : {}),
            ...(isIprc(chosen.iprc) ? { iprc: chosen.iprc } : {}),
          });
        }}
      >
        <SelectField label={t('torFields.status')} name="status" defaultValue={status ?? ''}>
          <option value="">{t('tors.allStatuses')}</option>
          {torStatuses.map((value) => (
            <option key={value} value={value}>
              {t(`torStatus.${value}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('torFields.iprc')} name="iprc" defaultValue={iprc ?? ''}>
          <option value="">{t('tors.allIprcs')}</option>
          {institutions.map((value) => (
            <option key={value} value={value}>
              {label.institution(value)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button--secondary">
          {t('common.filter')}
        </button>
      </form>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      <div aria-busy={loading}>{data ? <TorsTable tors={data.items} /> : !error && <Loading />}</div>
    </Page>
  );
}

function TorsTable({ tors }: { tors: TorSummary[] }) {
  const { t } = useTranslation();
  const label = useLabels();
  const { period } = useDates();
  if (tors.length === 0) return <p role="status">{t('tors.empty')}</p>;
  const column = {
    title: t('torFields.title'),
    iprc: t('torFields.iprc'),
    subject: t('torFields.subject'),
    status: t('torFields.status'),
    period: t('torFields.period'),
    experts: t('torFields.experts'),
  };
  return (
    <table className="table table--stacking">
      <caption className="visually-hidden">{t('tors.caption', { count: tors.length })}</caption>
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
        {tors.map((tor) => (
          <tr key={tor.id}>
            <th scope="row" data-label={column.title}>
              <Link to={`/tors/${encodeURIComponent(tor.id)}`}>{tor.title}</Link>
            </th>
            <td data-label={column.iprc}>{label.institution(tor.iprc)}</td>
            <td data-label={column.subject}>{tor.subject}</td>
            <td data-label={column.status}>
              <TorStatusBadge status={tor.status} />
            </td>
            <td data-label={column.period}>{period(tor.period.start, tor.period.end)}</td>
            <td data-label={column.experts} className="number">
              {tor.experts}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TorStatusBadge({ status }: { status: TorSummary['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status}`}>{t(`torStatus.${status}`)}</span>;
}
