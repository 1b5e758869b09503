import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Page } from '../ui/page.tsx';
import { TorForm } from './tor.form.tsx';
import { selectionApi } from './selection.api.ts';

/** A new ToR starts as a draft: the programme manager approves and publishes it. */
export function NewTorPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Page title={t('torForm.createTitle')}>
      <p>{t('torForm.createIntro')}</p>
      <TorForm
        label={t('torForm.createTitle')}
        submit={t('torForm.create')}
        onSubmit={async (input) => {
          const tor = await selectionApi.create(input);
          await navigate(`/tors/${encodeURIComponent(tor.id)}`, { state: { created: true } });
        }}
      />
      <p>
        <Link to="/tors">{t('tors.back')}</Link>
      </p>
    </Page>
  );
}
