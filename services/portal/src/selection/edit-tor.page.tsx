import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { TorForm } from './tor.form.tsx';
import { selectionApi, type Tor } from './selection.api.ts';

/** Changing a draft; once approved, a ToR's terms stay as they were approved. */
export function EditTorPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useParams().id ?? '';
  const { data, error, reload } = useQuery<Tor>(selectionApi.tor(id));
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  const back = `/tors/${encodeURIComponent(id)}`;
  return (
    <Page title={t('torForm.editTitle', { title: data.title })}>
      {data.status === 'draft' ? (
        <TorForm
          label={t('torForm.editTitle', { title: data.title })}
          submit={t('torForm.save')}
          initial={data}
          onSubmit={async ({ iprc: _iprc, ...changes }) => {
            await selectionApi.update(id, changes);
            await navigate(back);
          }}
        />
      ) : (
        <p className="notice">{t('torForm.notDraft')}</p>
      )}
      <p>
        <Link to={back}>{t('torDetail.back')}</Link>
      </p>
    </Page>
  );
}
